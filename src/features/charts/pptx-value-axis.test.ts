import { describe, expect, it } from 'vitest';
import type { IndicatorUnit } from '@/domain/indicator';
import type { Language } from '@/lib/language';
import type { NumberStyle } from '@/lib/number-styles';
import { pptxValueAxis, scaledValue } from './pptx-value-axis';

const NBSP = '\u00a0';
type Case = [
  what: string,
  args: [IndicatorUnit, number, Language, NumberStyle],
  divisor: number,
  axis: string,
  labels: string,
  scale: string | null,
];

const cases: Case[] = [
  // English business press: millions and billions in the format, the values unscaled.
  [
    'US$ bn in English',
    ['USD', 1.9e9, 'en', 'international'],
    1,
    '"$"#,##0.0,,,"bn"',
    '"$"#,##0.0,,,"bn"',
    null,
  ],
  ['US$ m in English', ['USD', 2e6, 'en', 'international'], 1, '"$"#,##0,,"m"', '"$"#,##0,,"m"', null],
  [
    'Rs bn in English',
    ['PKR', 3e10, 'en', 'international'],
    1,
    '"Rs"#,##0.0,,,"bn"',
    '"Rs"#,##0.0,,,"bn"',
    null,
  ],
  [
    'people in the pseudo-locale',
    ['persons', 2e8, 'en-XA', 'international'],
    1,
    '#,##0,,"m"',
    '#,##0,,"m"',
    null,
  ],
  ['a small count', ['count', 12, 'en', 'international'], 1, '#,##0', '#,##0', null],
  // International in the other languages: their own words, as the page writes them.
  [
    'US$ B in Chinese',
    ['USD', 1.9e9, 'zh-Hans', 'international'],
    1,
    '"US$"#,##0.0,,,"B"',
    '"US$"#,##0.0,,,"B"',
    null,
  ],
  [
    'بلین روپے in Urdu',
    ['PKR', 3e10, 'ur', 'international'],
    1,
    `#,##0.0,,,"${NBSP}بلین${NBSP}روپے"`,
    `#,##0.0,,,"${NBSP}بلین${NBSP}روپے"`,
    null,
  ],
  // 万/亿: the values divided, the currency as the page writes it.
  ['US$…亿', ['USD', 1.9e9, 'zh-Hans', 'chinese'], 1e8, '"US$"#,##0"亿"', '"US$"#,##0.0"亿"', '亿'],
  ['…亿卢比', ['PKR', 6.5e8, 'zh-Hans', 'chinese'], 1e8, '#,##0.0"亿卢比"', '#,##0.0"亿卢比"', '亿'],
  ['people in 万', ['persons', 5e7, 'zh-Hans', 'chinese'], 1e4, '#,##0"万"', '#,##0"万"', '万'],
  ['yuan below a 万', ['CNY', 9000, 'zh-Hans', 'chinese'], 1, '#,##0"元"', '#,##0"元"', null],
  [
    'the Chinese style read in English',
    ['PKR', 3e10, 'en', 'chinese'],
    1e8,
    '"Rs"#,##0"亿"',
    '"Rs"#,##0.0"亿"',
    '亿',
  ],
  // Lakh/crore; Urdu also has ارب and کھرب.
  [
    'Rs crore',
    ['PKR', 3e10, 'en', 'south-asian'],
    1e7,
    `"Rs"#,##0"${NBSP}crore"`,
    `"Rs"#,##0"${NBSP}crore"`,
    'crore',
  ],
  [
    'people in lakh',
    ['persons', 4e5, 'en', 'south-asian'],
    1e5,
    `#,##0.0"${NBSP}lakh"`,
    `#,##0.0"${NBSP}lakh"`,
    'lakh',
  ],
  [
    'کروڑ روپے',
    ['PKR', 6.5e7, 'ur', 'south-asian'],
    1e7,
    `#,##0.0"${NBSP}کروڑ${NBSP}روپے"`,
    `#,##0.0"${NBSP}کروڑ${NBSP}روپے"`,
    'کروڑ',
  ],
  [
    'US$ … ارب',
    ['USD', 1.9e9, 'ur', 'south-asian'],
    1e9,
    `"US$${NBSP}"#,##0.0"${NBSP}ارب"`,
    `"US$${NBSP}"#,##0.0"${NBSP}ارب"`,
    'ارب',
  ],
  [
    'people in کھرب',
    ['persons', 2.4e11, 'ur', 'south-asian'],
    1e11,
    `#,##0.0"${NBSP}کھرب"`,
    `#,##0.0"${NBSP}کھرب"`,
    'کھرب',
  ],
  ['a count below a lakh', ['count', 50_000, 'ur', 'south-asian'], 1, '#,##0', '#,##0', null],
  // Percentages in every style.
  ['% international', ['%', 40, 'ur', 'international'], 1, '0"%"', '0.0"%"', null],
  ['% lakh/crore', ['%', 40, 'ur', 'south-asian'], 1, '0"%"', '0.0"%"', null],
  ['% 万/亿', ['%', 40, 'zh-Hans', 'chinese'], 1, '0"%"', '0.0"%"', null],
];

describe('pptxValueAxis', () => {
  it.each(cases)('%s', (_, args, divisor, formatCode, labelFormatCode, scale) => {
    expect(pptxValueAxis(...args)).toEqual({ divisor, formatCode, labelFormatCode, scale });
  });
});

describe('scaledValue', () => {
  it('divides without binary noise', () => {
    expect(scaledValue(1_456_000_000, 1e8)).toBe(14.56);
    expect(scaledValue(650_000_000, 1e7)).toBe(65);
    expect(scaledValue(0.1 + 0.2, 1)).toBe(0.1 + 0.2);
  });
});
