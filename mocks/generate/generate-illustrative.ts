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
import type { CooperationEvent } from '@/domain/event';
import events from '../data/events.json';
import texts from '../data/localised-texts.json';
import observations from '../data/observations.json';
import { allocate, mulberry32 } from './allocate';

const SEED = 2022;
/** Fixed so the output is reproducible; the date this generator's design was last changed. */
const GENERATED_ON = '2026-11-27';

/** The note in Chinese and Urdu (mocks/data/localised-texts.json); the generator refuses a note without them. */
function noteTexts(note: string): NonNullable<Provenance['texts']> {
  const translated = (texts as Record<string, { 'zh-Hans': string; ur: string } | undefined>)[note];
  if (!translated) throw new Error(`No Chinese and Urdu in mocks/data/localised-texts.json for "${note}"`);
  return { note: translated };
}

const illustrative = (note: string): Provenance => ({
  kind: 'illustrative',
  source: `Tech Corridor illustrative generator (seed ${SEED})`,
  url: null,
  asOf: GENERATED_ON,
  note,
  texts: noteTexts(note),
});

export interface SplitTotal {
  indicatorId: 'zone-companies' | 'zone-investment';
  period: string;
  value: number;
  /** "more-than": the source gave a floor ("20+"), split as if exact, and the note says so. */
  qualifier: Observation['qualifier'];
  zones: readonly string[];
  /** Provenance of the total itself: sourced where a public total exists, else illustrative. */
  provenance: Provenance;
}

/** The zones STZA had by Aug 2022 (Business Recorder, 6 Aug 2022: Lahore, Islamabad, Haripur). */
const firstZones = [
  'stz-islamabad-technopolis',
  'stz-lahore-technopolis',
  'stz-pakistan-digital-city',
  'stz-paf-iast',
];
/** The zones notified together in Aug 2024, whose developers' Rs30bn is split: from the event with that source. */
function zonesNotifiedWith(indicatorId: string): string[] {
  const total = (observations as Observation[]).find((o) => o.indicatorId === indicatorId);
  const event = (events as CooperationEvent[]).find(
    (e) => e.kind === 'zone-notification' && e.provenance.url === total?.provenance.url,
  );
  if (!event) throw new Error(`No notification event for ${indicatorId}`);
  return event.zoneIds;
}
const aug2024Zones = zonesNotifiedWith('stz-developer-investment');
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

/**
 * The totals split are the sourced ones, read from the fixtures: STZA's "20+" licensed enterprises
 * (Aug 2022, split as 20) and the Rs30bn the developers of the four zones notified in Aug 2024 had
 * invested. No source gives a later company total, so none is made up: the breakdown stops at 2022.
 */
function sourcedTotal(
  indicatorId: SplitTotal['indicatorId'],
  from: string,
  zones: readonly string[],
): SplitTotal {
  const o = (observations as Observation[]).find(
    (x) => x.indicatorId === from && x.geoType === 'country' && x.provenance.kind === 'sourced',
  );
  if (!o) throw new Error(`No sourced ${from} total in the fixtures`);
  return {
    indicatorId,
    period: o.period.slice(0, 4),
    value: o.value,
    qualifier: o.qualifier,
    zones,
    provenance: o.provenance,
  };
}

export const totals: readonly SplitTotal[] = [
  sourcedTotal('zone-companies', 'licensed-enterprises', firstZones),
  sourcedTotal('zone-investment', 'stz-developer-investment', aug2024Zones),
];

/** "20+ (split as 20)": a floor is never passed off as an exact total. */
function totalWords({ value, qualifier }: SplitTotal): string {
  const n = value.toLocaleString('en-GB');
  return qualifier === 'more-than' ? `${n}+ (split as ${n})` : qualifier === 'about' ? `about ${n}` : n;
}

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
          `No public breakdown by zone and sector exists. Split of the ${total.provenance.kind} ${total.period} total of ${totalWords(total)} (${total.provenance.source}).`,
        ),
      });
    });
  }
  return out;
}
