import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import pseudo from '@/locales/compiled/en-XA.json';
import { createTranslator, defineMessages, type Catalogue } from './messages';

// Pre-parsed ICU, as `formatjs compile --ast` writes it: 0 literal, 1 argument, 6 plural, 7 #, 8 tag.
const zones = (one: string, other: string) => [
  {
    type: 6,
    value: 'n',
    pluralType: 'cardinal',
    offset: 0,
    options: {
      one: { value: [{ type: 7 }, { type: 0, value: one }] },
      other: { value: [{ type: 7 }, { type: 0, value: other }] },
    },
  },
];
const en = {
  'test.zones': zones(' zone', ' zones'),
  'test.only-english': [{ type: 0, value: 'Only in English' }],
  'test.rich': [
    { type: 0, value: 'Read the ' },
    { type: 8, value: 'b', children: [{ type: 0, value: 'notes' }] },
  ],
} as unknown as Catalogue;
const ur = {
  'test.zones': zones(' زون', ' زونز'),
  'test.rich': [
    { type: 8, value: 'b', children: [{ type: 0, value: 'نوٹس' }] },
    { type: 0, value: ' پڑھیں' },
  ],
} as unknown as Catalogue;

const m = defineMessages({
  zones: { id: 'test.zones', defaultMessage: '{n, plural, one {# zone} other {# zones}}' },
  onlyEnglish: { id: 'test.only-english', defaultMessage: 'Only in English' },
  rich: { id: 'test.rich', defaultMessage: 'Read the <b>notes</b>' },
});
// Not declared through defineMessages, so the build leaves its English unparsed.
const unparsed = { id: 'test.unknown', defaultMessage: '{place} nowhere' };

describe('createTranslator', () => {
  it('formats plurals with the language’s own rules and digits', () => {
    expect(createTranslator('en', en).format(m.zones, { n: 1 })).toBe('1 zone');
    expect(createTranslator('en', en).format(m.zones, { n: 1200 })).toBe('1,200 zones');
    expect(createTranslator('ur', ur).format(m.zones, { n: 3 })).toBe('3 زونز');
  });

  it('falls back to English for a missing message, and to the id when even English lacks it', () => {
    const t = createTranslator('ur', ur);
    expect(t.format(m.onlyEnglish)).toBe('Only in English');
    expect(t.format(unparsed)).toBe('test.unknown');
  });

  it('maps tags to elements in the translation’s own order', () => {
    const t = createTranslator('ur', ur);
    const parts = t.formatRich(m.rich, { b: (chunks) => ({ bold: chunks.join('') }) });
    expect(parts).toEqual([{ bold: 'نوٹس' }, ' پڑھیں']);
  });

  it('reads English from the code, pre-parsed by the build, and ignores a catalogue for it', () => {
    expect(m.zones.defaultMessage).not.toBeTypeOf('string');
    expect(createTranslator('en', ur).format(m.zones, { n: 2 })).toBe('2 zones');
  });

  it('reads the compiled catalogues: the pseudo-locale is accented and longer', () => {
    const label = defineMessages({ l: { id: 'language.switch.label', defaultMessage: 'Language' } }).l;
    const plain = createTranslator('en', {}).format(label);
    const accented = createTranslator('en-XA', pseudo as unknown as Catalogue).format(label);
    expect(plain).toBe('Language');
    expect(accented).not.toMatch(/[a-z]{3}/);
    expect(accented.length).toBeGreaterThanOrEqual(plain.length * 1.4);
  });

  it('puts text and plain arguments together as intl-messageformat does, without loading it', () => {
    const plain = [
      { type: 0, value: 'Still loading ' },
      { type: 1, value: 'what' },
      { type: 0, value: ' (' },
      { type: 1, value: 'n' },
      { type: 0, value: ')' },
    ];
    const message = { id: 'test.plain', defaultMessage: plain as unknown as string };
    const t = createTranslator('en', {});
    const full = new IntlMessageFormat(plain as never, 'en');
    for (const values of [
      { what: 'the page', n: 1200 },
      { what: '', n: 0 },
      { what: null, n: undefined },
    ]) {
      expect(t.format(message, values)).toBe(String(full.format(values)));
    }
    const element = { bold: 'x' };
    expect(t.formatRich(message, { what: element, n: 2 })).toEqual(full.format({ what: element, n: 2 }));
    expect(() => t.format(message, { what: 'x' })).toThrow();
    expect(() => full.format({ what: 'x' })).toThrow();
  });
});
