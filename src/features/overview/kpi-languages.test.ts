/** The KPI shaping in Chinese and Urdu: figures in each audience's number words, periods and sentences. */
import { describe, expect, it } from 'vitest';
import type { Observation } from '@/domain/observation';
import { createLocale } from '@/lib/locale-world';
import type { Catalogue } from '@/lib/messages';
import urCatalogue from '@/locales/compiled/ur.json';
import zhCatalogue from '@/locales/compiled/zh-Hans.json';
import { obs } from '@test/builders';
import type { Kpi } from './kpi-model';
import { toKpiPptx } from './to-kpi-pptx';
import { toChinaFdiKpi } from './to-money-kpis';
import { toPopulationKpi } from './to-people-kpis';
import { toZoneCountKpi, toZoneInvestmentKpi } from './to-zone-kpis';

const zh = createLocale('zh-Hans', zhCatalogue as Catalogue);
const ur = createLocale('ur', urCatalogue as Catalogue);

const census = [obs('population', '2017', 207.68e6), obs('population', '2023', 241.49e6)];
/** Figures of one report round share a source and a date, as the FDI shaping requires for a share. */
const dated = (o: Observation, asOf: string): Observation => ({
  ...o,
  provenance: { ...o.provenance, source: `SBP, ${asOf}`, asOf },
});
/** Number words and units are held to their figure by a no-break space. */
const nb = (text: string) => text.replace(/ /g, '\u00a0');
const fdi = [
  dated(obs('fdi-net-china', 'FY2024', 568e6, { vintage: 'first-reported' }), '2024-07-20'),
  dated(obs('fdi-net-china', 'FY2024', 643e6, { vintage: 'revised' }), '2025-07-19'),
  dated(obs('fdi-net-china', 'FY2025', 1227e6), '2025-07-19'),
  dated(obs('fdi-net-total', 'FY2025', 2457e6), '2025-07-19'),
];

describe('KPI shaping in Chinese', () => {
  it('writes the population in 亿 and the census year the Chinese way', () => {
    const kpi = toPopulationKpi(census, undefined, zh);
    expect(kpi?.headline.display).toBe('2.41亿');
    expect(kpi?.headline.label).toBe('2023年人口普查');
    expect(kpi?.delta?.against).toBe('对比2017年人口普查');
    expect(kpi?.delta?.provenance.method).toBe('由本仪表板计算：2.41亿（2023年） ÷ 2.08亿（2017年） − 1。');
  });

  it('gives FDI in US$…亿 with fiscal years as 财年, and says which release it compares with', () => {
    const kpi = toChinaFdiKpi(fdi, zh);
    expect(kpi?.headline.display).toBe('US$12.3亿');
    expect(kpi?.headline.label).toBe('2025财年 (2024年7月–2025年6月)');
    expect(kpi?.delta?.against).toBe('对比2024财年（修订值）');
    expect(kpi?.beside.map((f) => f.label)).toEqual([
      '占2025财年外国直接投资净额总数',
      '2024财年首次公布值（2024年7月20日）；修订值为US$6.4亿',
    ]);
    expect(kpi?.trend?.provenance.method).toMatch(/^由本仪表板根据1个来源的2个数字（2024财年–2025财年）绘制/);
  });

  it('translates the ways sources count zones, and keeps a source’s own words it does not know', () => {
    const kpi = toZoneCountKpi(
      [
        obs('stz-count', '2024-08', 16, { definition: 'existing plus newly notified zones (STZA)' }),
        obs('stz-count', '2025-07', 23, { definition: 'a count nobody defined' }, 'estimate'),
      ],
      zh,
    );
    expect(kpi?.headline.label).toBe('现有及新公告设立的特区（STZA），2024年8月');
    // The data's own words are English: marked so, for screen readers and the PowerPoint.
    expect(kpi?.beside[0]?.label).toEqual([{ text: 'a count nobody defined', lang: 'en' }, '，2025年7月']);
    expect(kpi?.deltaNote).toBe('不显示变化：各来源的统计口径不同。');
  });
});

describe('KPI shaping in Urdu', () => {
  it('writes the population in crore (South Asian style by default) and the census in Urdu', () => {
    const kpi = toPopulationKpi(census, undefined, ur);
    expect(kpi?.headline.display).toBe(nb('24.15 کروڑ'));
    expect(kpi?.headline.label).toBe('مردم شماری 2023');
    expect(kpi?.delta?.against).toBe('بمقابلہ مردم شماری 2017');
  });

  it('writes FDI in ارب with مالی سال, and rupee investment with zone names in Urdu', () => {
    const kpi = toChinaFdiKpi(fdi, ur);
    expect(kpi?.headline.display).toBe(nb('US$ 1.2 ارب'));
    expect(kpi?.headline.label).toBe('مالی سال 2025 (جولائی 2024 تا جون 2025)');
    expect(kpi?.delta?.against).toBe('بمقابلہ مالی سال 2024 (نظرثانی شدہ)');
    const investment = toZoneInvestmentKpi(
      [
        obs('stz-developer-investment', '2024', 30e9),
        obs('stz-developer-investment', '2022', 1.3e9, { geoType: 'zone', geo: 'z-h' }),
      ],
      {
        zones: [
          {
            id: 'z-h',
            name: 'Digital City, Haripur',
            names: { ur: 'ڈیجیٹل سٹی، ہری پور' },
            shortName: 'Haripur',
            dates: [],
          },
          { id: 'z-a', name: 'A', shortName: 'A', dates: [{ kind: 'notified', date: '2024-08' }] },
        ],
      },
      ur,
    );
    expect(investment?.headline.display).toBe(nb('30 ارب روپے'));
    expect(investment?.headline.label).toBe(
      'اگست 2024 میں نوٹیفائی ہونے والے 1 زون کے ڈویلپرز کی سرمایہ کاری',
    );
    expect(investment?.beside[0]?.label).toBe('منصوبے کی لاگت، ڈیجیٹل سٹی، ہری پور، 2022');
  });

  it('marks a zone the data names only in English, on the card and in the PowerPoint notes', () => {
    const investment = toZoneInvestmentKpi(
      [
        obs('stz-developer-investment', '2024', 30e9),
        obs('stz-developer-investment', '2022', 1.3e9, { geoType: 'zone', geo: 'z-n' }),
      ],
      { zones: [{ id: 'z-n', name: 'New Zone STZ', shortName: 'New', dates: [] }] },
      ur,
    ) as Kpi;
    const english = { text: 'New Zone STZ', lang: 'en' };
    expect(investment.beside[0]?.label).toEqual(['منصوبے کی لاگت، ', english, '، 2022']);
    const note = toKpiPptx('سرمایہ کاری', investment, ur).notes?.[0];
    expect(Array.isArray(note) && note.find((r) => typeof r !== 'string')).toEqual(english);
  });

  it('writes the PowerPoint text of a card in Urdu, badges included', () => {
    const kpi = toChinaFdiKpi(fdi, ur) as Kpi;
    const written = toKpiPptx('چین سے براہ راست غیر ملکی سرمایہ کاری', kpi, ur);
    expect(written.change?.text).toBe('▲ +90.8% بمقابلہ مالی سال 2024 (نظرثانی شدہ) (≈ تخمینہ)');
    expect(written.provenance).toBe('● باحوالہ');
    expect(written.asOf).toMatch(/جولائی/);
  });
});
