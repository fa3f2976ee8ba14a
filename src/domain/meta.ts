import { z } from 'zod/mini';
import type { Indicator } from './indicator';
import { PartialDateSchema } from './provenance';

/** Per indicator: when its figures were last reported and when the next release is due. */
export const IndicatorMetaSchema = z.object({
  indicatorId: z.string().check(z.minLength(1)),
  /** The latest provenance.asOf among the indicator's observations; null when it has none. */
  lastUpdated: z.nullable(PartialDateSchema),
  /** lastUpdated plus the release interval of its frequency; null for irregular series. */
  nextExpected: z.nullable(PartialDateSchema),
  overdue: z.boolean(),
});
export type IndicatorMeta = z.infer<typeof IndicatorMetaSchema>;

/** GET /api/v1/meta: what the dataset is, so clients can cache by version and show freshness. */
export const MetaSchema = z.object({
  data: z.object({
    /** Changes whenever the stored figures change; the server's ETag is derived from it. */
    datasetVersion: z.string().check(z.minLength(1)),
    /** ISO 8601 date-time of the last import; null for the demo API, which never imports. */
    lastImportAt: z.nullable(
      // A plain pattern rather than z.iso.datetime(), whose validator would weigh on the first load.
      z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/)),
    ),
    indicators: z.array(IndicatorMetaSchema),
  }),
});
export type Meta = z.infer<typeof MetaSchema>['data'];

/**
 * Years between releases by frequency. Censuses: Pakistan's General Statistics (Reorganization)
 * Act 2011 foresees one every ten years. Irregular and cumulative series have no schedule.
 */
const releaseYears: Record<Indicator['frequency'], number | null> = {
  annual: 1,
  'fiscal-year': 1,
  census: 10,
  irregular: null,
  cumulative: null,
};

/** "2025-07-19" + 1 → "2026-07-19"; keeps the precision the source gave ("2025" + 1 → "2026"). */
export function addYears(partialDate: string, years: number): string {
  const year = Number(partialDate.slice(0, 4)) + years;
  return `${String(year).padStart(4, '0')}${partialDate.slice(4)}`;
}

/** True once the whole of the expected year, month or day has passed (today is YYYY-MM-DD). */
export function isOverdue(nextExpected: string | null, today: string): boolean {
  return nextExpected !== null && today.slice(0, nextExpected.length) > nextExpected;
}

interface DatedObservation {
  indicatorId: string;
  provenance: { asOf: string | null };
}

/** The meta record of each indicator, in the order given; partial dates compare as text. */
export function toIndicatorMeta(
  indicators: readonly Pick<Indicator, 'id' | 'frequency'>[],
  observations: readonly DatedObservation[],
  today: string,
): IndicatorMeta[] {
  const latest = new Map<string, string>();
  for (const o of observations) {
    const seen = latest.get(o.indicatorId);
    const asOf = o.provenance.asOf;
    // An undated figure says nothing about when its series was last updated.
    if (asOf !== null && (seen === undefined || asOf > seen)) latest.set(o.indicatorId, asOf);
  }
  return indicators.map((indicator) => {
    const lastUpdated = latest.get(indicator.id) ?? null;
    const interval = releaseYears[indicator.frequency];
    const nextExpected = lastUpdated !== null && interval !== null ? addYears(lastUpdated, interval) : null;
    return {
      indicatorId: indicator.id,
      lastUpdated,
      nextExpected,
      overdue: isOverdue(nextExpected, today),
    };
  });
}

/** JSON with object keys sorted, so records read from JSON files and from a database agree. */
const canonical = (_key: string, value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value;

/**
 * A short, stable fingerprint of a dataset (FNV-1a, 2×32 bits, over its canonical JSON): the
 * same records give the same version in the browser and in Node, without a crypto dependency.
 */
export function contentVersion(content: unknown): string {
  const text = JSON.stringify(content, canonical);
  const hash = fingerprint(text.length);
  hash.add(text);
  return hash.digest();
}

/** FNV-1a over text given piece by piece: two 32-bit hashes, the second seeded with the whole length. */
function fingerprint(length: number) {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ length;
  return {
    add(text: string) {
      for (let i = 0; i < text.length; i += 1) {
        const c = text.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193) >>> 0;
        b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
      }
    },
    digest: () => `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`,
  };
}

/** Records per piece of canonical JSON before `contentVersionInSlices` pauses. */
const RECORDS_PER_SLICE = 500;

/**
 * `contentVersion` of a dataset (an object of record lists), written and hashed a slice of records
 * at a time with `pause()` between slices: the demo fingerprints its whole dataset in the browser,
 * which in one piece held a slow phone's main thread for about 0.1 s.
 */
export async function contentVersionInSlices(
  dataset: Record<string, unknown>,
  pause: () => Promise<void> | undefined,
): Promise<string> {
  // The same text JSON.stringify writes for the object: sorted keys, no spaces, undefined left out.
  const pieces: string[] = ['{'];
  const keys = Object.keys(dataset)
    .filter((key) => dataset[key] !== undefined)
    .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  for (const [k, key] of keys.entries()) {
    pieces.push(`${k ? ',' : ''}${JSON.stringify(key)}:`);
    const value = dataset[key];
    if (!Array.isArray(value)) {
      pieces.push(JSON.stringify(value, canonical));
      continue;
    }
    pieces.push('[');
    for (let start = 0; start < value.length; start += RECORDS_PER_SLICE) {
      const slice = value
        .slice(start, start + RECORDS_PER_SLICE)
        .map((item) => JSON.stringify(item, canonical));
      pieces.push(`${start ? ',' : ''}${slice.join(',')}`);
      await pause();
    }
    pieces.push(']');
  }
  pieces.push('}');
  const hash = fingerprint(pieces.reduce((length, piece) => length + piece.length, 0));
  for (const piece of pieces) {
    hash.add(piece);
    if (piece.length > 1) await pause();
  }
  return hash.digest();
}

/** Today as YYYY-MM-DD (UTC), the reference for overdue. */
export const todayIso = (now = new Date()): string => now.toISOString().slice(0, 10);
