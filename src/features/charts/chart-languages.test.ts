import { describe, expect, it } from 'vitest';
import { obs } from '@test/builders';
import { createLocale } from '@/lib/locale-world';
import type { Catalogue } from '@/lib/messages';
import ur from '@/locales/compiled/ur.json';
import zh from '@/locales/compiled/zh-Hans.json';
import { formatAxisValue } from './chart-model';
import { periodRange } from './summaries';
import { periodTicks } from './time-axis';
import { toCensusComparison } from './to-census-comparison';
import { toFdiChart } from './to-fdi';
import { ictExportsSeries, toFiscalBars } from './to-fiscal-bars';
import { toProvincePopulation } from './to-provinces';

/** Urdu figures keep their unit with a no-break space; compare as plain spaces. */
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ');

const chinese = createLocale('zh-Hans', zh as unknown as Catalogue);
const urdu = createLocale('ur', ur as unknown as Catalogue);

const fdi = [
  obs('fdi-net-total', 'FY2024', 2347e6),
  obs('fdi-net-china', 'FY2024', 643e6),
  obs('fdi-net-total', 'FY2025', 2457e6),
  obs('fdi-net-china', 'FY2025', 1227e6),
];
const exports = [obs('ict-exports', 'FY2024', 3223e6), obs('ict-exports', 'FY2025', 3800e6)];
const census = [
  obs('population', '2023', 241.49e6),
  obs('population', '2023', 127.68e6, { geoType: 'province', geo: 'PK-PB' }),
  obs('population', '2023', 55.69e6, { geoType: 'province', geo: 'PK-SD' }),
];

describe('charts in Chinese', () => {
  it('writes money in 亿 and fiscal years as 财年, on the axis and in the summary', () => {
    expect(formatAxisValue(2.46e9, 'USD', chinese)).toBe('US$24.6亿');
    expect(formatAxisValue(251.27e6, 'persons', chinese)).toBe('2.51亿');
    const shaped = toFdiChart(fdi, [], chinese);
    expect(shaped?.model.ticks.map((t) => t.label)).toEqual(['2024财年', '2025财年']);
    expect(shaped?.summary).toBe(
      '2025财年流入巴基斯坦的外国直接投资净额为US$24.6亿；其中来自中国US$12.3亿，比2024财年的US$6.4亿增长90.8%。',
    );
    expect(shaped?.model.series.map((s) => s.label)).toEqual([
      '外国直接投资净额，所有国家',
      '来自中国的外国直接投资净额',
    ]);
    expect(shaped?.table.columns[0]?.header).toBe('财年');
  });

  it('keeps the CSV machine-readable: period ids and raw numbers, with the period in Chinese on screen', () => {
    const row = toFiscalBars(exports, 'ict-exports', ictExportsSeries, [], chinese)?.table.rows[0];
    expect(row?.values.period).toBe('FY2024');
    expect(row?.values.value).toBe(3223e6);
    expect(row?.display.period).toBe('2024财年');
  });

  it('names provinces and census years in Chinese', () => {
    const shaped = toProvincePopulation(census, chinese);
    expect(shaped?.model.data.map((d) => d.x)).toEqual(['旁遮普省', '信德省']);
    expect(shaped?.summary).toContain('2023年人口普查为1.28亿人');
  });
});

describe('charts in Urdu', () => {
  it('writes fiscal years as مالی سال and amounts in ارب', () => {
    const shaped = toFiscalBars(exports, 'ict-exports', ictExportsSeries, [], urdu);
    expect(shaped?.model.ticks.map((t) => t.label)).toEqual(['مالی سال 2024', 'مالی سال 2025']);
    expect(plain(shaped?.summary)).toBe(
      'مالی سال 2025 میں آئی سی ٹی برآمدات کی ترسیلات US$ 3.8 ارب رہیں، جو مالی سال 2024 کے US$ 3.2 ارب سے 17.9% زیادہ ہیں۔',
    );
  });

  it('counts people in lakh and crore', () => {
    const wb = [obs('wb:SP.POP.TOTL', '2023', 247_504_495)];
    const shaped = toCensusComparison(census, wb, urdu);
    expect(plain(shaped?.summary)).toContain('24.15 کروڑ افراد گنے گئے');
    expect(plain(shaped?.model.data[0]?.caption)).toBe('فرق 60.14 لاکھ');
  });

  it('joins a span of periods the Urdu way', () => {
    const labels = periodTicks(['FY2016', 'FY2025'], urdu).map((t) => t.label);
    expect(periodRange(labels, urdu)).toBe('مالی سال 2016 تا مالی سال 2025');
  });
});
