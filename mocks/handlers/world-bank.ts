import { http, HttpResponse } from 'msw';
import { worldBankFixtures } from '../data/fixtures';
import { applyFault } from './faults';

const WB = 'https://api.worldbank.org/v2';

/** The World Bank's own error shape: HTTP 200 with a one-element array holding `message`. */
const wbError = (key: string, value: string) => HttpResponse.json([{ message: [{ id: '120', key, value }] }]);

/**
 * GET https://api.worldbank.org/v2/country/PAK;CHN/indicator/SP.POP.TOTL?format=json&date=2010:2024&per_page=1000&page=1
 * Answers in the real API's format: [paging metadata, rows newest first], paged by per_page.
 */
export const worldBankHandler = http.get(
  `${WB}/country/:countries/indicator/:indicator`,
  async ({ request, params }) => {
    const url = new URL(request.url);
    const fixture = worldBankFixtures[String(params.indicator)];
    const fault = await applyFault('worldbank', {
      empty: () =>
        HttpResponse.json([
          {
            page: 1,
            pages: 0,
            per_page: 50,
            total: 0,
            sourceid: '2',
            sourcename: 'World Development Indicators',
            lastupdated: fixture?.lastupdated ?? '2025-10-07',
          },
          null,
        ]),
      invalid: () => wbError('Invalid value', 'The provided parameter value is not valid'),
    });
    if (fault) return fault;
    if (!fixture) return wbError('Invalid value', 'The provided parameter value is not valid');

    const countries = String(params.countries).toUpperCase().split(';');
    const [from, to] = (url.searchParams.get('date') ?? '').split(':').map(Number);
    const rows = fixture.rows.filter(
      (r) =>
        (countries.includes('ALL') ||
          countries.includes(r.countryiso3code) ||
          countries.includes(r.country.id)) &&
        (!from || Number(r.date) >= from) &&
        (!to || Number(r.date) <= to),
    );
    const perPage = Math.max(1, Number(url.searchParams.get('per_page')) || 50);
    const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
    const pages = Math.ceil(rows.length / perPage);
    return HttpResponse.json([
      {
        page,
        pages,
        per_page: perPage,
        total: rows.length,
        sourceid: '2',
        sourcename: 'World Development Indicators',
        lastupdated: fixture.lastupdated,
        // Not in the real API: the demo's rows are a copy, and it names the copy it came from.
        copy: {
          name: fixture.mirroredFrom,
          url: fixture.mirroredUrl,
          lastUpdatedGiven: fixture.lastUpdatedGiven,
        },
      },
      rows.slice((page - 1) * perPage, page * perPage),
    ]);
  },
);
