/**
 * The seeded generator for breakdowns that no public source gives: companies and developer
 * investment by zone × sector × year. Its output (mocks/data/illustrative-observations.json) is
 * committed and every record is flagged `illustrative`. Parts always add up to the totals they split;
 * each total says whether it is sourced or itself illustrative.
 *
 * Re-generate with `npm run generate:illustrative`; a test fails if the committed file drifts.
 */
import type { Observation } from '@/domain/observation';
import type { Provenance } from '@/domain/provenance';
import { allocate, mulberry32 } from './allocate';

export const SEED = 2022;
/** Fixed so the output is reproducible; the date this generator's design was last changed. */
export const GENERATED_ON = '2026-11-27';

const illustrative = (note: string): Provenance => ({
  kind: 'illustrative',
  source: `Tech Corridor illustrative generator (seed ${SEED})`,
  url: null,
  asOf: GENERATED_ON,
  note,
});

export interface SplitTotal {
  indicatorId: 'zone-companies' | 'zone-investment';
  period: string;
  value: number;
  zones: readonly string[];
  /** Provenance of the total itself: sourced where a public total exists, else illustrative. */
  provenance: Provenance;
}

const firstZones = [
  'stz-islamabad-technopolis',
  'stz-lahore-technopolis',
  'stz-pakistan-digital-city',
  'stz-paf-iast',
];
const aug2024Zones = ['stz-nust', 'stz-tech7', 'stz-mindbridge', 'stz-capital-smart'];
const sectors = ['it-software', 'ites', 'ai-robotics', 'fintech', 'electronics', 'biotech-pharma'];
/** Relative weights: IT and IT-enabled services dominate Pakistan's tech exports (SBP ICT remittances). */
const sectorWeight: Record<string, number> = {
  'it-software': 5,
  ites: 3,
  'ai-robotics': 1.5,
  fintech: 1.5,
  electronics: 0.8,
  'biotech-pharma': 0.5,
};

const invented = illustrative('Year total invented by the generator: no public count exists for this year.');
export const totals: readonly SplitTotal[] = [
  {
    indicatorId: 'zone-companies',
    period: '2022',
    value: 20,
    zones: firstZones,
    provenance: {
      kind: 'sourced',
      source: 'Business Recorder, 6 Aug 2022',
      url: 'https://www.brecorder.com/news/40190386/stza-chairman-resigns',
      asOf: '2022-08-06',
      note: 'STZA had licensed 20+ enterprises by Aug 2022 (a floor: "20+").',
    },
  },
  { indicatorId: 'zone-companies', period: '2023', value: 27, zones: firstZones, provenance: invented },
  {
    indicatorId: 'zone-companies',
    period: '2024',
    value: 41,
    zones: [...firstZones, ...aug2024Zones],
    provenance: invented,
  },
  {
    indicatorId: 'zone-companies',
    period: '2025',
    value: 55,
    zones: [...firstZones, ...aug2024Zones],
    provenance: invented,
  },
  {
    indicatorId: 'zone-investment',
    period: '2024',
    value: 30_000_000_000,
    zones: aug2024Zones,
    provenance: {
      kind: 'sourced',
      source: "The Nation, 16 Aug 2024 'STZA notifies four new STZs with Rs30b infrastructure investment'",
      url: 'https://www.nation.com.pk/16-Aug-2024/stza-notifies-four-new-stzs-with-rs30b-infrastructure-investment-across-pakistan',
      asOf: '2024-08-16',
      note: 'Rs30bn invested by the developers of the four zones notified in Aug 2024, together.',
    },
  },
];

export function generateIllustrative(): Observation[] {
  const random = mulberry32(SEED);
  // One weight per zone, drawn once, so a zone keeps its relative size from year to year.
  const zoneWeight = new Map<string, number>();
  const weightOf = (zone: string) => {
    if (!zoneWeight.has(zone)) zoneWeight.set(zone, 0.5 + random());
    return zoneWeight.get(zone) ?? 1;
  };
  const out: Observation[] = [];
  for (const total of totals) {
    const cells = total.zones.flatMap((zone) => sectors.map((sector) => ({ zone, sector })));
    const weights = cells.map(
      ({ zone, sector }) => weightOf(zone) * (sectorWeight[sector] ?? 1) * (0.6 + 0.8 * random()),
    );
    // Investment is split in whole Rs millions, companies in whole companies.
    const unit = total.indicatorId === 'zone-investment' ? 1_000_000 : 1;
    const parts = allocate(total.value / unit, weights);
    cells.forEach(({ zone, sector }, i) => {
      const value = (parts[i] ?? 0) * unit;
      if (value === 0) return;
      out.push({
        indicatorId: total.indicatorId,
        geoType: 'zone',
        geo: zone,
        sectorId: sector,
        period: total.period,
        value,
        qualifier: null,
        vintage: null,
        provenance: illustrative(
          `No public breakdown by zone and sector exists. Split of a ${total.provenance.kind} ${total.period} total (${total.provenance.source}).`,
        ),
      });
    });
  }
  return out;
}
