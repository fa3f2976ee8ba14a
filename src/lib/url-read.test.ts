import { createLoader, createSerializer, parseAsStringLiteral } from 'nuqs/server';
import { describe, expect, it } from 'vitest';
import { filterParsers } from './filter-params';
import { urlLanguages } from './language';
import { numberStyles } from './number-styles';
import { readLiteral, readViewFilters, withParam } from './url-read';

// The first screen reads without nuqs; what it reads must be what nuqs' parsers read.
const searches = [
  '',
  '?zone=isb,lhr',
  '?zone=&sector=ai',
  '?zone=a%252Cb,c&sector=x,,y',
  '?from=2021&to=2025',
  '?from=20x1&to=',
  '?from=abc&to=-3',
  '?zone=a&zone=b&from=2019.5',
  '?lang=ur&numbers=chinese',
  '?lang=fr&numbers=lakh',
  '?lang=&numbers=',
];

describe('first-screen URL reading', () => {
  const loadFilters = createLoader(filterParsers);
  const loadLanguage = createLoader({
    lang: parseAsStringLiteral(urlLanguages),
    numbers: parseAsStringLiteral(numberStyles),
  });

  it.each(searches)('reads the filters of %j as nuqs does', (search) => {
    const params = new URLSearchParams(search);
    const nuqs = loadFilters(params);
    expect(readViewFilters(params)).toEqual({
      zones: nuqs.zone,
      sectors: nuqs.sector,
      from: nuqs.from,
      to: nuqs.to,
    });
  });

  it.each(searches)('reads the language and number style of %j as nuqs does', (search) => {
    const params = new URLSearchParams(search);
    expect({
      lang: readLiteral(params, 'lang', urlLanguages),
      numbers: readLiteral(params, 'numbers', numberStyles),
    }).toEqual(loadLanguage(params));
  });
});

describe('withParam', () => {
  const serialize = createSerializer({
    theme: parseAsStringLiteral(['light', 'dark'] as const),
    lang: parseAsStringLiteral(urlLanguages),
  });

  it.each([
    ['', 'theme', 'dark'],
    ['?zone=a,b', 'theme', 'dark'],
    ['?theme=light&zone=a,b', 'theme', 'dark'],
    ['?zone=a,b&theme=light&from=2021', 'theme', null],
    ['?theme=light', 'theme', null],
    ['?lang=ur&zone=a&lang=zh-Hans', 'lang', 'en-XA'],
    ['?sector=ai&lang=ur', 'lang', null],
  ] as const)('writes into %j %s=%s where nuqs would', (search, key, value) => {
    expect(withParam(search, key, value)).toBe(serialize(search, { [key]: value }));
  });

  it('keeps the exact text of the other parameters', () => {
    expect(withParam('?zone=a%2Cb,c&x=%20y', 'theme', 'dark')).toBe('?zone=a%2Cb,c&x=%20y&theme=dark');
  });
});
