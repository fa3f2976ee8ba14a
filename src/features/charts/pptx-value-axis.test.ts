import { describe, expect, it } from 'vitest';
import { pptxValueAxis, scaledValue } from './pptx-value-axis';

describe('pptxValueAxis', () => {
  it('keeps English business-press millions and billions in the format, the values unscaled', () => {
    expect(pptxValueAxis('USD', 1.9e9, 'en', 'international')).toEqual({
      divisor: 1,
      formatCode: '"$"#,##0.0,,,"bn"',
      labelFormatCode: '"$"#,##0.0,,,"bn"',
      scale: null,
    });
    expect(pptxValueAxis('USD', 2e6, 'en', 'international').formatCode).toBe('"$"#,##0,,"m"');
    expect(pptxValueAxis('PKR', 3e10, 'en', 'international').formatCode).toBe('"Rs"#,##0.0,,,"bn"');
    expect(pptxValueAxis('persons', 2e8, 'en-XA', 'international').formatCode).toBe('#,##0,,"m"');
    expect(pptxValueAxis('count', 12, 'en', 'international').formatCode).toBe('#,##0');
  });

  it('writes international figures with each language’s words, as the page does', () => {
    expect(pptxValueAxis('USD', 1.9e9, 'zh-Hans', 'international').formatCode).toBe('"US$"#,##0.0,,,"B"');
    expect(pptxValueAxis('PKR', 3e10, 'ur', 'international')).toEqual({
      divisor: 1,
      formatCode: '#,##0.0,,,"\u00a0بلین\u00a0روپے"',
      labelFormatCode: '#,##0.0,,,"\u00a0بلین\u00a0روپے"',
      scale: null,
    });
  });

  it('divides into 亿 or 万 in the Chinese style, the currency as the page writes it', () => {
    expect(pptxValueAxis('USD', 1.9e9, 'zh-Hans', 'chinese')).toEqual({
      divisor: 1e8,
      formatCode: '"US$"#,##0"亿"',
      labelFormatCode: '"US$"#,##0.0"亿"',
      scale: '亿',
    });
    expect(pptxValueAxis('PKR', 6.5e8, 'zh-Hans', 'chinese')).toEqual({
      divisor: 1e8,
      formatCode: '#,##0.0"亿卢比"',
      labelFormatCode: '#,##0.0"亿卢比"',
      scale: '亿',
    });
    expect(pptxValueAxis('persons', 5e7, 'zh-Hans', 'chinese')).toEqual({
      divisor: 1e4,
      formatCode: '#,##0"万"',
      labelFormatCode: '#,##0"万"',
      scale: '万',
    });
    expect(pptxValueAxis('CNY', 9000, 'zh-Hans', 'chinese')).toEqual({
      divisor: 1,
      formatCode: '#,##0"元"',
      labelFormatCode: '#,##0"元"',
      scale: null,
    });
    // The Chinese style read in English keeps 万/亿 and the English currency marks.
    expect(pptxValueAxis('PKR', 3e10, 'en', 'chinese').formatCode).toBe('"Rs"#,##0"亿"');
  });

  it('divides into lakh and crore in the South Asian style; Urdu also has ارب and کھرب', () => {
    expect(pptxValueAxis('PKR', 3e10, 'en', 'south-asian')).toEqual({
      divisor: 1e7,
      formatCode: '"Rs"#,##0"\u00a0crore"',
      labelFormatCode: '"Rs"#,##0"\u00a0crore"',
      scale: 'crore',
    });
    expect(pptxValueAxis('persons', 4e5, 'en', 'south-asian').formatCode).toBe('#,##0.0"\u00a0lakh"');
    expect(pptxValueAxis('PKR', 6.5e7, 'ur', 'south-asian')).toEqual({
      divisor: 1e7,
      formatCode: '#,##0.0"\u00a0کروڑ\u00a0روپے"',
      labelFormatCode: '#,##0.0"\u00a0کروڑ\u00a0روپے"',
      scale: 'کروڑ',
    });
    expect(pptxValueAxis('USD', 1.9e9, 'ur', 'south-asian')).toEqual({
      divisor: 1e9,
      formatCode: '"US$\u00a0"#,##0.0"\u00a0ارب"',
      labelFormatCode: '"US$\u00a0"#,##0.0"\u00a0ارب"',
      scale: 'ارب',
    });
    expect(pptxValueAxis('persons', 2.4e11, 'ur', 'south-asian').scale).toBe('کھرب');
    expect(pptxValueAxis('count', 50_000, 'ur', 'south-asian')).toEqual({
      divisor: 1,
      formatCode: '#,##0',
      labelFormatCode: '#,##0',
      scale: null,
    });
  });

  it('leaves percentages alone in every style', () => {
    for (const style of ['international', 'south-asian', 'chinese'] as const)
      expect(pptxValueAxis('%', 40, 'ur', style)).toEqual({
        divisor: 1,
        formatCode: '0"%"',
        labelFormatCode: '0.0"%"',
        scale: null,
      });
  });
});

describe('scaledValue', () => {
  it('divides without binary noise', () => {
    expect(scaledValue(1_456_000_000, 1e8)).toBe(14.56);
    expect(scaledValue(650_000_000, 1e7)).toBe(65);
    expect(scaledValue(0.1 + 0.2, 1)).toBe(0.1 + 0.2);
  });
});
