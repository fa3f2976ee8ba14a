import { describe, expect, it } from 'vitest';
import type { LocalNames } from '@/domain/local-names';
import { fixtures } from './fixtures';
import table from './localised-texts.json';

interface Found {
  where: string;
  english: string;
  texts: LocalNames | undefined;
}

/** Every text the demo data carries about its figures, with the translations beside it. */
function demoTexts(): Found[] {
  const found: Found[] = [];
  const take = (where: string, record: object | null | undefined, fields: readonly string[]) => {
    if (!record) return;
    const r = record as Record<string, unknown> & { texts?: Record<string, LocalNames> };
    for (const field of fields) {
      const english = r[field];
      if (typeof english === 'string' && english !== '')
        found.push({ where: `${where} ${field}`, english, texts: r.texts?.[field] });
    }
  };
  const provenance = (where: string, p: object | undefined) =>
    take(`${where} provenance`, p, ['note', 'method']);
  fixtures.observations.forEach((o, i) => {
    take(`observation ${i}`, o, ['definition']);
    provenance(`observation ${i}`, o.provenance);
  });
  for (const i of fixtures.indicators) take(i.id, i, ['description']);
  for (const s of fixtures.sectors) take(s.id, s, ['description']);
  for (const c of fixtures.companies) {
    take(c.id, c, ['sectorMethod', 'notes']);
    provenance(c.id, c.provenance);
  }
  for (const e of fixtures.events) {
    take(e.id, e, ['title', 'description']);
    provenance(e.id, e.provenance);
  }
  for (const z of fixtures.zones) {
    take(z.id, z, ['statusNote', 'notes']);
    take(`${z.id} coordinates`, z.coordinates, ['note']);
    provenance(`${z.id} coordinates`, z.coordinates.provenance);
    take(`${z.id} area`, z.area, ['note']);
    z.dates.forEach((d) => {
      take(`${z.id} ${d.kind}`, d, ['note']);
      provenance(`${z.id} ${d.kind}`, d.provenance);
    });
    provenance(z.id, z.provenance);
  }
  return found;
}

/** Figures as written, without separators or the decimal point's place: $1.4377bn reads 14.377亿. */
const figures = (text: string) =>
  new Set(
    (text.match(/(?<![A-Za-z\d.,])\d[\d,.]*/g) ?? []).map((n) =>
      n
        .replace(/[.,]$/, '')
        .replace(/[.,]/g, '')
        .replace(/^0+|0+$/g, ''),
    ),
  );

describe('demo data texts in Chinese and Urdu', () => {
  const texts = demoTexts();

  it('has both translations for every note, method, description, definition and event title', () => {
    expect(texts.length).toBeGreaterThan(150);
    const missing = texts.filter((t) => !t.texts?.['zh-Hans'] || !t.texts.ur).map((t) => t.where);
    expect(missing).toEqual([]);
  });

  it('takes them from mocks/data/localised-texts.json, which lists no text the data lacks', () => {
    const entries = table as Record<string, LocalNames>;
    for (const t of texts) expect([t.where, t.texts]).toEqual([t.where, entries[t.english]]);
    const used = new Set(texts.map((t) => t.english));
    expect(Object.keys(entries).filter((english) => !used.has(english))).toEqual([]);
  });

  it('keeps every figure the English gives', () => {
    const lost = Object.entries(table as Record<string, LocalNames>).flatMap(([english, local]) =>
      (['zh-Hans', 'ur'] as const).flatMap((lang) => {
        const have = figures(local[lang] ?? '');
        const gone = [...figures(english)].filter((n) => n !== '' && !have.has(n));
        return gone.length > 0 ? [`${lang}: ${gone.join(', ')} in "${english}"`] : [];
      }),
    );
    expect(lost).toEqual([]);
  });
});
