import { describe, expect, it } from 'vitest';
import type { Provenance } from '@/domain/provenance';
import urCatalogue from '@/locales/compiled/ur.json';
import zhCatalogue from '@/locales/compiled/zh-Hans.json';
import { englishLocale } from './locale';
import { createLocale } from './locale-world';
import type { Catalogue } from './messages';
import { collectSources, hasKind, sourceLinesText } from './sources';

const p = (
  source: string,
  asOf: string,
  kind: Provenance['kind'] = 'sourced',
  url: string | null = null,
): Provenance => ({
  kind,
  source,
  url,
  asOf,
});

describe('collectSources', () => {
  it('lists each source once, with its latest as-of date and every kind it supplied', () => {
    const refs = collectSources([
      p('Business Recorder', '2024-07-20'),
      p('Business Recorder', '2025-07-19'),
      p('Business Recorder', '2025-07-19', 'estimate'),
    ]);
    expect(refs).toEqual([
      { source: 'Business Recorder', url: null, asOf: '2025-07-19', kinds: ['sourced', 'estimate'] },
    ]);
  });

  it('puts sourced figures first and illustrative ones last', () => {
    const refs = collectSources([
      p('Generator', '2026-11-27', 'illustrative'),
      p('TDI', '2022-08-02', 'announcement'),
      p('China Daily', '2018-12-21'),
    ]);
    expect(refs.map((r) => r.source)).toEqual(['China Daily', 'TDI', 'Generator']);
  });
});

describe('copied data (#12)', () => {
  const copied: Provenance = {
    ...p('World Bank WDI (SP.POP.TOTL)', '2026-03-06', 'sourced', 'https://data.worldbank.org/x'),
    asOf: null,
    copiedFrom: { name: 'GitHub datasets/population', url: 'https://github.com/datasets/population' },
  };

  it('keeps the copy a source was taken from, and names it in the plain-text source lines', () => {
    const refs = collectSources([copied]);
    expect(refs[0]?.copiedFrom).toEqual(copied.copiedFrom);
    expect(sourceLinesText(refs, englishLocale)).toEqual([
      'Source: World Bank WDI (SP.POP.TOTL), date not given by the source <https://data.worldbank.org/x> (copied from GitHub datasets/population <https://github.com/datasets/population>)',
    ]);
  });
});

describe('sourceLinesText', () => {
  it('names the kinds that are not plainly sourced and warns when any figure is illustrative', () => {
    const lines = sourceLinesText(
      collectSources([
        p('World Bank WDI', '2025-10-07', 'sourced', 'https://data.worldbank.org'),
        p('Generator', '2026-11-27', 'illustrative'),
      ]),
      englishLocale,
    );
    expect(lines).toEqual([
      'Sources: World Bank WDI, as of 7 Oct 2025 <https://data.worldbank.org>',
      'Generator [ILLUSTRATIVE], as of 27 Nov 2026',
      expect.stringMatching(/^✳ Illustrative: .*Not real data\.$/),
    ]);
  });

  it('says "Source" for one source and adds no warning without illustrative figures', () => {
    expect(sourceLinesText(collectSources([p('PBS', '2023-08-05')]), englishLocale)).toEqual([
      'Source: PBS, as of 5 Aug 2023',
    ]);
  });
});

describe('hasKind', () => {
  it('finds a kind among provenances', () => {
    expect(hasKind([p('a', '2020'), p('b', '2021', 'estimate')], 'estimate')).toBe(true);
    expect(hasKind([p('a', '2020')], 'illustrative')).toBe(false);
  });
});

describe('sourceLinesText in Chinese and Urdu', () => {
  it('writes the source lines of an export in the reader’s language; titles stay as published', () => {
    const refs = collectSources([
      p('World Bank WDI', '2025-10-07', 'sourced', 'https://data.worldbank.org'),
      p('Generator', '2026-11-27', 'estimate'),
      p('Generator', '2026-11-27', 'illustrative'),
    ]);
    const zh = sourceLinesText(refs, createLocale('zh-Hans', zhCatalogue as Catalogue));
    expect(zh[0]).toMatch(/^来源：World Bank WDI，.*2025年10月7日.* <https:\/\/data\.worldbank\.org>$/);
    expect(zh[1]).toMatch(/^Generator【估算、示意·非真实数据】，/);
    expect(zh[2]).toMatch(/^✳ 示意：.*并非真实数据。$/);
    const ur = sourceLinesText(refs, createLocale('ur', urCatalogue as Catalogue));
    expect(ur[0]).toMatch(/^ماخذات: World Bank WDI، /);
    expect(ur[1]).toMatch(/^Generator \[تخمینہ، توضیحی، حقیقی نہیں\]، /);
  });
});
