import { describe, expect, it } from 'vitest';
import { englishLocale } from '@/lib/locale';
import { createLocale } from '@/lib/locale-world';
import type { Catalogue } from '@/lib/messages';
import ur from '@/locales/compiled/ur.json';
import zh from '@/locales/compiled/zh-Hans.json';
import { placeName } from './place-names';
import { zone } from './test-zones';
import { figureText, formatArea, formatDates, locationText } from './zone-text';

const chinese = createLocale('zh-Hans', zh as Catalogue);
const urdu = createLocale('ur', ur as Catalogue);
const lahore = { ...zone({ id: 'stz-lahore', lon: 74.3, lat: 31.5 }), city: 'Lahore' };
const dates: Parameters<typeof formatDates>[0] = [
  { kind: 'notified', date: '2022-01-06' },
  {
    kind: 'withdrawn',
    date: '2025-10',
    provenance: { kind: 'sourced', source: 'Dawn (report)', url: null, asOf: '2025-10' },
  },
];

describe('a zone’s facts in words', () => {
  it('keeps the English as it was', () => {
    expect(formatArea({ value: 800, unit: 'acres' }, englishLocale)).toBe('800 acres');
    expect(formatArea(null, englishLocale)).toBe('not given');
    expect(formatDates(dates, englishLocale)).toBe(
      'notified 6 Jan 2022; withdrawn Oct 2025 (Dawn, as of Oct 2025)',
    );
    expect(locationText(lahore, false, englishLocale)).toBe(
      "Location approximate: the centre of Lahore, not the zone's site.",
    );
  });

  it('writes areas, dates and places in Chinese, with dates as partial as the source gave them', () => {
    expect(formatArea({ value: 250_000, unit: 'sq ft', note: 'built-up area' }, chinese)).toBe(
      '250,000 平方英尺（built-up area）',
    );
    expect(formatDates(dates, chinese)).toBe('2022年1月6日公告；2025年10月撤销（Dawn，截至2025年10月）');
    expect(locationText(lahore, true, chinese)).toBe(
      '位置为近似值：拉合尔的市中心，而非园区实址。位于有争议的克什米尔地区。',
    );
  });

  it('writes areas, dates, places and figures in Urdu, with its own separators and South Asian money words', () => {
    expect(formatArea({ value: 250_000, unit: 'sq ft' }, urdu)).toBe('250,000 مربع فٹ');
    expect(formatDates(dates, urdu)).toMatch(/^نوٹیفکیشن 6 جنوری، 2022؛ واپسی/);
    expect(locationText(lahore, false, urdu)).toBe('مقام تخمینی ہے: لاہور کا مرکز، زون کی اصل جگہ نہیں۔');
    const figure = {
      metric: 'investment' as const,
      value: 13.28e9,
      period: '2024',
      provenance: { kind: 'illustrative' as const, source: 'generator', url: null, asOf: null },
    };
    const inUrdu = figureText(figure, urdu);
    expect(inUrdu).toContain('13.3');
    expect(inUrdu).toMatch(/ارب\sروپے/);
    expect(inUrdu).toContain('(2024)');
    expect(figureText(figure, chinese)).toBe('132.8亿卢比（2024年）');
  });

  it('names places in the reader’s language, and says when it fell back to English', () => {
    expect(placeName('Islamabad', 'ur')).toEqual({ text: 'اسلام آباد', lang: 'ur' });
    expect(placeName('Islamabad', 'zh-Hans')).toEqual({ text: '伊斯兰堡', lang: 'zh-Hans' });
    expect(placeName('Atlantis', 'ur')).toEqual({ text: 'Atlantis', lang: 'en' });
    expect(placeName('Islamabad', 'en')).toEqual({ text: 'Islamabad', lang: 'en' });
  });
});
