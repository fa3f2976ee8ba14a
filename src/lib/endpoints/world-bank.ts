import { queryOptions } from '@tanstack/react-query';
import type { Observation } from '@/domain/observation';
import type { WorldBankIndicatorId } from '@/domain/world-bank';
import { config } from '@/config/env';
import { ApiError } from '../api-error';
import { buildUrl, getJson } from '../api-client';
import { loadOnce } from '../load-once';

export interface WorldBankParams {
  indicator: WorldBankIndicatorId;
  countries: readonly ('PAK' | 'CHN')[];
  from: number;
  to: number;
}

const responseSchema = loadOnce(() => import('@/domain/world-bank').then((m) => m.WorldBankResponseSchema));
// The mapping to Observations loads beside the request, like the schema: not in the first load.
const loadMapping = loadOnce(() => import('./to-world-bank-observations'));

/** Fetches every page of one indicator for the given countries and maps the rows to Observations. */
export async function fetchWorldBank(params: WorldBankParams, signal?: AbortSignal): Promise<Observation[]> {
  const observations: Observation[] = [];
  for (let page = 1, pages = 1; page <= pages; page += 1) {
    const url = buildUrl(
      config.worldBankBaseUrl,
      `/country/${[...params.countries].sort().join(';')}/indicator/${params.indicator}`,
      {
        format: 'json',
        date: `${params.from}:${params.to}`,
        per_page: 1000,
        page,
      },
    );
    const [body, { toWorldBankObservations }] = await Promise.all([
      getJson(url, responseSchema, { signal }),
      loadMapping(),
    ]);
    if (body.length === 1) {
      const message = body[0].message.map((m) => m.value).join('; ');
      throw new ApiError('service', `The World Bank API answered: ${message}`, { url });
    }
    pages = body[0].pages;
    observations.push(...toWorldBankObservations(body));
  }
  return observations;
}

export const worldBankQuery = (params: WorldBankParams) =>
  queryOptions({
    queryKey: ['world-bank', params.indicator, params] as const,
    queryFn: ({ signal }) => fetchWorldBank(params, signal),
  });
