import { describe, expect, it } from 'vitest';
import { checkViewParams } from './url-params';

const known = { zones: new Set(['stz-nust', 'cn-seda']), sectors: new Set(['it-software']) };
const check = (query: string) => checkViewParams(new URLSearchParams(query), known);

describe('checkViewParams', () => {
  it('accepts valid and missing values without changes', () => {
    expect(check('zone=stz-nust,cn-seda&sector=it-software&from=2021&to=2025&theme=dark')).toEqual({
      dropped: [],
      fixes: {},
    });
    expect(check('')).toEqual({ dropped: [], fixes: {} });
  });

  it('drops unknown zone ids but keeps the valid ones', () => {
    const result = check('zone=stz-nust,stz-atlantis');
    expect(result.dropped).toEqual([
      { key: 'zone', value: 'stz-atlantis', reason: 'there is no zone with this id' },
    ]);
    expect(result.fixes).toEqual({ zone: ['stz-nust'] });
  });

  it('removes the key when nothing valid is left', () => {
    expect(check('sector=quantum').fixes).toEqual({ sector: null });
  });

  it('drops years that are not years', () => {
    const result = check('from=abc&to=1850');
    expect(result.dropped.map((d) => [d.key, d.value])).toEqual([
      ['from', 'abc'],
      ['to', '1850'],
    ]);
    expect(result.fixes).toEqual({ from: null, to: null });
  });

  it('drops a range that ends before it starts', () => {
    const result = check('from=2025&to=2021');
    expect(result.dropped).toEqual([
      { key: 'from–to', value: '2025–2021', reason: 'the period ends before it starts' },
    ]);
    expect(result.fixes).toEqual({ from: null, to: null });
  });

  it('drops very long values whole and shortens them in the notice', () => {
    const result = check(`zone=${'x'.repeat(600)}`);
    expect(result.fixes).toEqual({ zone: null });
    expect(result.dropped[0]?.value).toHaveLength(38);
    expect(result.dropped[0]?.reason).toBe('the value is too long');
  });

  it('checks compared zones and the chosen indicator when indicators are known', () => {
    const result = checkViewParams(new URLSearchParams('compare=stz-nust,nowhere&indicator=gdp'), {
      ...known,
      indicators: new Set(['population']),
    });
    expect(result.fixes).toEqual({ compare: ['stz-nust'], indicator: null });
  });

  it('drops an unknown theme', () => {
    expect(check('theme=neon').fixes).toEqual({ theme: null });
  });

  it('keeps a language the dashboard speaks and drops any other', () => {
    expect(check('lang=ur').dropped).toEqual([]);
    expect(check('lang=en-XA').dropped).toEqual([]);
    const result = check('lang=fr');
    expect(result.dropped).toEqual([{ key: 'lang', value: 'fr', reason: 'the language is en, zh-Hans, ur' }]);
    expect(result.fixes).toEqual({ lang: null });
  });
});
