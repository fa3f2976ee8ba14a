/** Test data as the API returns it, with just what a test cares about spelled out. */
import type { Observation } from '@/domain/observation';
import type { Provenance, ProvenanceKind } from '@/domain/provenance';
import { fileLang, pptxWords } from '@/features/present/pptx-export';
import { englishLocale, type Locale } from '@/lib/locale';
import type { PptxDeck, PptxSlide } from '@/lib/pptx/deck-description';

/** A national, sourced figure unless the test says otherwise. */
export function observation(fields: Partial<Observation> = {}): Observation {
  return {
    indicatorId: 'population',
    geoType: 'country',
    geo: 'PAK',
    sectorId: null,
    period: '2024',
    value: 1,
    qualifier: null,
    vintage: null,
    provenance: { kind: 'sourced', source: 'Test source', url: 'https://example.org/', asOf: '2024' },
    ...fields,
  };
}

/** Pakistan's figure for one period, its source named after indicator and period, dated that year. */
export function obs(
  indicatorId: string,
  period: string,
  value: number,
  extra: Partial<Observation> = {},
  kind: ProvenanceKind = 'sourced',
  source = `Source ${indicatorId} ${period}`,
): Observation {
  const provenance: Provenance = {
    kind,
    source,
    url: 'https://example.org/',
    asOf: period.replace('FY', '').slice(0, 4),
  };
  return observation({ indicatorId, period, value, provenance, ...extra });
}

/**
 * SEDA on the Fortune lists as the two sources state it: a dated report (32, Fortune Global 500)
 * and the 2022 announcement's claim (84, "Fortune 500"). They disagree and name different lists.
 */
export const sedaFortuneFigures = (): Observation[] => [
  obs(
    'seda-fortune500',
    '2018',
    32,
    { geoType: 'zone', geo: 'cn-seda', definition: 'Fortune Global 500' },
    'sourced',
    "China Daily (investinchina), 21 Dec 2018 'SEDA'",
  ),
  obs(
    'seda-fortune500',
    '2022',
    84,
    { geoType: 'zone', geo: 'cn-seda', definition: 'Fortune 500' },
    'announcement',
    'LoI announcement: TDI, 2 Aug 2022',
  ),
];

/** A slide of the PowerPoint export: a sourced KPI with one linked source, no notes typed. */
export function pptxSlide(fields: Partial<PptxSlide> = {}): PptxSlide {
  return {
    id: 'kpi',
    title: 'Investment',
    body: {
      kind: 'kpis',
      kpis: [{ title: 'FDI from China', value: '$1.2bn', asOf: 'as of Jun 2025', provenance: '● Sourced' }],
    },
    missing: [],
    sources: [
      {
        name: 'State Bank of Pakistan',
        mark: '●',
        items: [{ asOf: '2025-06', url: 'https://example.org/sbp' }],
      },
    ],
    illustrative: false,
    notes: ['FDI from China: $1.2bn. Source: State Bank of Pakistan, as of Jun 2025.'],
    presenterNotes: '',
    ...fields,
  };
}

/** A deck of the given slides, exported on 1 Dec 2026 with every filter at its default. */
export function pptxDeck(slides: PptxSlide[], locale: Locale = englishLocale): PptxDeck {
  const filtersLabel = 'All zones, all sectors, all years';
  const exportDate = '2026-12-01';
  return {
    title: 'Tech Corridor',
    subject: 'China–Pakistan technology cooperation',
    lang: fileLang[locale.lang],
    dir: locale.dir,
    words: pptxWords(locale, filtersLabel, exportDate),
    filtersLabel,
    exportDate,
    slides,
  };
}

/** An illustrative count of companies in one zone, by sector, as the companies-by-zone chart reads it. */
export const zoneSectorCompanies = (
  zone: string,
  counts: Record<string, number>,
  period = '2025',
): Observation[] =>
  Object.entries(counts).map(([sector, value]) =>
    obs('zone-companies', period, value, { geoType: 'zone', geo: zone, sectorId: sector }, 'illustrative'),
  );
