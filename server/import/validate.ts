/**
 * Every record of an import file checked against the contract and the curator's rules; every
 * problem is collected (not just the first) so one run lists all that needs fixing.
 */
import { z } from 'zod/mini';
import { ObservationSchema, type Observation } from '@/domain/observation';
import { columnOfPath } from './csv-columns';
import type { Problem } from './problems';
import type { RawRecord } from './read-file';

// zod/mini ships without messages ("Invalid input"); curators need to read what is wrong.
z.config(z.locales.en());

export interface KnownIds {
  indicators: ReadonlySet<string>;
  sectors: ReadonlySet<string>;
  zones: ReadonlySet<string>;
}

export interface Validated {
  rows: { line: number; observation: Observation }[];
  problems: Problem[];
  /** Lines holding illustrative figures: allowed, but the curator is told. */
  illustrative: number[];
}

/** The identity of a vintage: two rows with the same key are the same figure. */
export const vintageKey = (o: Observation) =>
  JSON.stringify([o.indicatorId, o.geo, o.sectorId, o.period, o.provenance.asOf, o.vintage]);

const HTTP_LINK = /^https?:\/\/[^\s]+$/i;

interface Found {
  column: string | null;
  message: string;
}

function provenanceProblems(o: Observation): Found[] {
  const p = o.provenance;
  const found: Found[] = [];
  if (p.url !== null && !HTTP_LINK.test(p.url))
    found.push({
      column: 'provenance.url',
      message: `only http(s) links are accepted, not ${JSON.stringify(p.url.slice(0, 40))}`,
    });
  if (p.kind === 'sourced' && p.url === null)
    found.push({ column: 'provenance.url', message: 'a sourced figure needs a link to its source' });
  if (p.kind !== 'illustrative' && p.source.trim().length < 3)
    found.push({ column: 'provenance.source', message: 'name the source (who said it, where and when)' });
  return found;
}

export function validateRecords(records: RawRecord[], known: KnownIds, csv: boolean): Validated {
  const problems: Problem[] = [];
  const rows: Validated['rows'] = [];
  const illustrative: number[] = [];
  const firstLineOf = new Map<string, number>();
  const column = (path: string) => (csv ? (columnOfPath[path] ?? path) : path);

  for (const { line, record } of records) {
    const parsed = ObservationSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ line, column: column(issue.path.join('.')) || null, message: issue.message });
      continue;
    }
    const o = parsed.data;
    const own = provenanceProblems(o);
    if (!known.indicators.has(o.indicatorId))
      own.push({ column: 'indicatorId', message: `unknown indicator ${o.indicatorId}` });
    if (o.sectorId !== null && !known.sectors.has(o.sectorId))
      own.push({ column: 'sectorId', message: `unknown sector ${o.sectorId}` });
    if (o.geoType === 'zone' && !known.zones.has(o.geo))
      own.push({ column: 'geo', message: `unknown zone ${o.geo}` });
    const key = vintageKey(o);
    const first = firstLineOf.get(key);
    if (first !== undefined)
      own.push({
        column: null,
        message: `the same figure and vintage as line ${first} (indicator, geo, sector, period, as-of and vintage repeat)`,
      });
    else firstLineOf.set(key, line);
    for (const p of own)
      problems.push({ line, column: p.column ? column(p.column) : null, message: p.message });
    if (own.length === 0) {
      rows.push({ line, observation: o });
      if (o.provenance.kind === 'illustrative') illustrative.push(line);
    }
  }
  return { rows, problems, illustrative };
}
