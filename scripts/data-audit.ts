/**
 * The data audit: counts of what the demo's fixtures hold (records, provenance kinds, sources,
 * vintages, known gaps), written to docs/data.md with the rules those counts are checked against.
 *
 *   npm run data:audit              regenerate docs/data.md
 *   npm run data:audit -- --check   exit 1 if docs/data.md is stale (scripts/data-audit.test.ts does the same)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import type { Provenance, ProvenanceKind } from '@/domain/provenance';
import { provenanceKinds } from '@/domain/provenance-kinds';
import { latestVintages } from '@/domain/vintage';
import { fixtures, worldBankFixtures } from '@mocks/data/fixtures';
import { checklistLines } from './data-checklist';
import { rules } from './data-rules';

export const dataDoc = resolve(dirname(fileURLToPath(import.meta.url)), '../docs/data.md');

type Resource = 'observations' | 'zones' | 'events' | 'companies';
const resources: Resource[] = ['observations', 'zones', 'events', 'companies'];

const countKinds = (ps: readonly Provenance[]) =>
  Object.fromEntries(provenanceKinds.map((k) => [k, ps.filter((p) => p.kind === k).length])) as Record<
    ProvenanceKind,
    number
  >;
const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function provenancesOf(resource: Resource): Provenance[] {
  return (fixtures[resource] as { provenance: Provenance }[]).map((r) => r.provenance);
}

/** Every provenance, nested ones too (zone coordinates and dates with their own source). */
function everyProvenance(): Provenance[] {
  return [
    ...resources.flatMap(provenancesOf),
    ...fixtures.zones.flatMap((z) => [
      ...(z.coordinates.provenance ? [z.coordinates.provenance] : []),
      ...z.dates.flatMap((d) => (d.provenance ? [d.provenance] : [])),
    ]),
  ];
}

export function renderDataAudit(): string {
  const all = everyProvenance();
  const sources = new Set(all.filter((p) => p.kind !== 'illustrative').map((p) => p.source));
  const links = new Set(all.flatMap((p) => (p.url ? [p.url] : [])));
  const undated = all.filter((p) => p.asOf === null);
  const estimates = all.filter((p) => p.kind === 'estimate');
  const revised = fixtures.observations.filter((o) => o.vintage === 'revised');
  const firstReported = fixtures.observations.filter((o) => o.vintage === 'first-reported');
  const latest = latestVintages(fixtures.observations);
  const definitions = new Set(fixtures.observations.flatMap((o) => (o.definition ? [o.definition] : [])));
  const illustrativeIndicators = fixtures.indicators.filter((i) =>
    fixtures.observations
      .filter((o) => o.indicatorId === i.id)
      .every((o) => o.provenance.kind === 'illustrative'),
  );
  const wbRows = Object.values(worldBankFixtures).reduce((n, f) => n + f.rows.length, 0);
  const wbNull = Object.values(worldBankFixtures).reduce(
    (n, f) => n + f.rows.filter((r) => r.value === null).length,
    0,
  );

  const kindTable = [
    row(['records', 'total', ...provenanceKinds]),
    row(['---', '---:', ...provenanceKinds.map(() => '---:')]),
    ...resources.map((r) => {
      const kinds = countKinds(provenancesOf(r));
      return row([r, fixtures[r].length, ...provenanceKinds.map((k) => kinds[k])]);
    }),
    row([
      'zone coordinates',
      fixtures.zones.length,
      ...provenanceKinds.map(
        (k) =>
          countKinds(
            fixtures.zones.flatMap((z) => (z.coordinates.provenance ? [z.coordinates.provenance] : [])),
          )[k],
      ),
    ]),
  ];

  const gaps = [
    `${plural(undated.length, 'figure or fact')} (records, coordinates, dates) whose source gives no date: shown as "date not given by the source", never guessed.`,
    `${plural(fixtures.events.filter((e) => e.date === null).length, 'event')} without a date: listed, never placed on a time axis.`,
    `${plural(fixtures.zones.filter((z) => z.coordinates.precision === 'city-centroid').length, 'zone')} of ${fixtures.zones.length} placed at a city centre, not the site (no site coordinates exist in the sources).`,
    `${plural(fixtures.zones.filter((z) => z.area === null).length, 'zone')} without an area in the sources.`,
    `${plural(illustrativeIndicators.length, 'indicator')} with illustrative figures only (${illustrativeIndicators.map((i) => `\`${i.id}\``).join(', ')}): no public per-zone breakdown exists.`,
    ...fixtures.observations
      .filter((o) => o.indicatorId === 'licensed-enterprises')
      .map(
        (o) =>
          `One company count in all: ${o.value}${o.qualifier === 'more-than' ? '+' : ''} enterprises licensed by ${o.period} (${o.provenance.source}). No later count exists, and none is invented.`,
      ),
    `${plural(wbNull, 'World Bank row')} of ${wbRows} with no value (missing years, as the API sends them).`,
    'Not found in any source: FDI by Pakistani zone; investment committed per zone (only the four-zone Rs30bn of Aug 2024); SEDA output after 2012; a semiconductor sector at SEDA.',
  ];

  return [
    '# Data: what the demo holds and the rules it keeps',
    '',
    '<!-- Generated by `npm run data:audit` from mocks/data; do not edit by hand. A test fails when it is stale. -->',
    '',
    'Every figure carries provenance: **sourced** (source, link, as-of date), **announcement** (stated only in the 2022 Letter of Intent announcement), **estimate** (rounded, converted, derived, classified or placed by us, with its method) or **illustrative** (made by our seeded generator). The fixtures are imported from the team’s reference dataset by `scripts/import-reference-data.mjs` and checked by `mocks/data/provenance.test.ts`.',
    '',
    '## Counts',
    '',
    ...kindTable,
    '',
    `- Indicators: ${fixtures.indicators.length}; sectors: ${fixtures.sectors.length}; World Bank rows: ${wbRows} in ${Object.keys(worldBankFixtures).length} series.`,
    `- Sources: ${sources.size} distinct citations with ${links.size} distinct links (our generator not counted).`,
    `- Estimates: ${estimates.length}, every one with a method (${estimates.filter((p) => p.method).length} of ${estimates.length}).`,
    `- Vintages: ${firstReported.length} first-reported and ${revised.length} revised figures; the API answers ${latest.length} of ${fixtures.observations.length} observations by default (latest vintage only) and all with \`vintage=all\`.`,
    `- Definitions: ${definitions.size} figures say what they counted where sources count differently (${[...definitions].map((d) => `“${d}”`).join(', ')}).`,
    `- World Bank copies: ${Object.entries(worldBankFixtures)
      .map(
        ([id, f]) =>
          `${id} from ${f.mirroredFrom}${f.lastUpdatedGiven ? '' : ' (WDI’s update date not stated by the copy)'}`,
      )
      .join('; ')}.`,
    '',
    '## Known gaps',
    '',
    ...gaps.map((g) => `- ${g}`),
    '',
    ...rules,
    '',
    ...checklistLines(),
    '',
  ].join('\n');
}

/** The audit as committed: formatted by the repo's Prettier settings, so `prettier --check` agrees. */
export async function formattedDataAudit(): Promise<string> {
  const options = (await prettier.resolveConfig(dataDoc)) ?? {};
  return prettier.format(renderDataAudit(), { ...options, parser: 'markdown' });
}

async function main(): Promise<void> {
  const text = await formattedDataAudit();
  if (process.argv.includes('--check')) {
    const current = readFileSync(dataDoc, 'utf8');
    if (current !== text) {
      console.error('docs/data.md is stale: run `npm run data:audit`.');
      process.exit(1);
    }
    console.log('docs/data.md is up to date.');
    return;
  }
  writeFileSync(dataDoc, text);
  console.log(`wrote ${dataDoc}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
