import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import { EventSchema } from './event';
import { localText, methodText } from './local-texts';
import { ObservationSchema } from './observation';
import { derivedProvenance, ProvenanceSchema, withOwnMethod } from './provenance';
import { limits } from './text';

const provenance = {
  kind: 'estimate',
  source: 'SBP',
  url: null,
  asOf: '2025',
  note: 'provisional results',
  method: 'Rounded by the source.',
};

describe('localised texts in the contract', () => {
  it('accepts translations beside the English fields, and records without them', () => {
    const texts = { note: { 'zh-Hans': '临时结果', ur: 'عبوری نتائج' }, method: { ur: 'ماخذ نے گول کیا۔' } };
    expect(safeParse(ProvenanceSchema, { ...provenance, texts }).data?.texts).toEqual(texts);
    expect(safeParse(ProvenanceSchema, provenance).success).toBe(true);
  });

  it('refuses empty, over-long, control and bidi-override translations, naming the field', () => {
    for (const bad of ['', 'x'.repeat(limits.note + 1), 'عبوری\u0007', 'abc\u202edcba']) {
      const result = safeParse(ProvenanceSchema, { ...provenance, texts: { note: { ur: bad } } });
      expect(result.error?.issues[0]?.path).toEqual(['texts', 'note', 'ur']);
    }
    const observation = {
      indicatorId: 'stz-count',
      geoType: 'country',
      geo: 'PAK',
      sectorId: null,
      period: '2022',
      value: 5,
      qualifier: null,
      vintage: null,
      definition: 'zones rolled out (STZA)',
      provenance,
    };
    const longTitle = { 'zh-Hans': '题'.repeat(limits.name + 1) };
    expect(
      safeParse(ObservationSchema, { ...observation, texts: { definition: { 'zh-Hans': '已启动的特区' } } })
        .success,
    ).toBe(true);
    expect(
      safeParse(EventSchema, {
        id: 'ev',
        date: null,
        kind: 'context',
        title: 'T',
        description: '',
        zoneIds: [],
        provenance,
        texts: { title: longTitle },
      }).error?.issues[0]?.path,
    ).toEqual(['texts', 'title', 'zh-Hans']);
  });
});

describe('localText', () => {
  const p = { ...provenance, texts: { note: { 'zh-Hans': '临时结果' } } };

  it('gives the text in the asked language, saying which language it is', () => {
    expect(localText(p, 'note', 'zh-Hans')).toEqual({ text: '临时结果', lang: 'zh-Hans' });
  });

  it('falls back to the English text, marked as English, and gives null when there is no text', () => {
    expect(localText(p, 'note', 'ur')).toEqual({ text: 'provisional results', lang: 'en' });
    expect(localText(p, 'method', 'zh-Hans')).toEqual({ text: 'Rounded by the source.', lang: 'en' });
    expect(localText(p, 'note', 'en')).toEqual({ text: 'provisional results', lang: 'en' });
    expect(localText({ note: '' }, 'note', 'ur')).toBeNull();
    expect(localText({}, 'note', 'ur')).toBeNull();
  });
});

describe('methodText', () => {
  it('gives a translated method in the reader’s language, or English marked as such', () => {
    const p = { method: 'Rounded by the source.', texts: { method: { ur: 'ماخذ نے گول کیا۔' } } };
    expect(methodText(p, 'ur')).toEqual({ text: 'ماخذ نے گول کیا۔', lang: 'ur' });
    expect(methodText(p, 'zh-Hans')).toEqual({ text: 'Rounded by the source.', lang: 'en' });
  });

  it('gives an untranslated data method as English, marked as such, whatever the page', () => {
    expect(methodText({ method: 'Rounded by the source.' }, 'zh-Hans')).toEqual({
      text: 'Rounded by the source.',
      lang: 'en',
    });
    expect(methodText({ method: 'Rounded by the source.' }, 'ur')?.lang).toBe('en');
    expect(methodText({}, 'ur')).toBeUndefined();
  });

  it('gives a method the dashboard wrote in the language it was written in', () => {
    const input = { ...provenance, kind: 'sourced' as const, texts: { method: { ur: 'ماخذ نے گول کیا۔' } } };
    const share = derivedProvenance([input], { text: '中国占比 = 中国 ÷ 合计', lang: 'zh-Hans' });
    expect(methodText(share, 'zh-Hans')).toEqual({ text: '中国占比 = 中国 ÷ 合计', lang: 'zh-Hans' });
    const urdu = derivedProvenance([input], { text: 'چین کا حصہ', lang: 'ur' });
    expect(methodText(urdu, 'ur')).toEqual({ text: 'چین کا حصہ', lang: 'ur' });
    expect(methodText(derivedProvenance([input], { text: 'China ÷ total', lang: 'en' }), 'en')).toEqual({
      text: 'China ÷ total',
      lang: 'en',
    });
    // A trend's method replaces its input's, translations and all; the note's translations stay.
    const withNote = { ...input, texts: { ...input.texts, note: { ur: 'عبوری نتائج' } } };
    const trend = withOwnMethod(withNote, { text: '13 figures', lang: 'en' });
    expect(trend.texts).toEqual({ note: { ur: 'عبوری نتائج' } });
    expect(methodText(trend, 'ur')).toEqual({ text: '13 figures', lang: 'en' });
  });
});
