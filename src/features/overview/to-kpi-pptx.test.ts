import { describe, expect, it } from 'vitest';
import { englishLocale } from '@/lib/locale';
import type { Kpi } from './kpi-model';
import { toKpiPptx } from './to-kpi-pptx';

const sourced = { kind: 'sourced', source: 'SBP', url: null, asOf: '2025-06-30' } as const;
const estimate = {
  kind: 'estimate',
  source: 'SBP',
  url: null,
  asOf: '2025-06-30',
  method: 'Computed',
} as const;

describe('toKpiPptx', () => {
  it('writes the card’s figure, label, change, as-of date and provenance in words', () => {
    const kpi: Kpi = {
      headline: { label: 'FY2025', display: '$1.23bn', provenance: sourced },
      delta: { display: '+90.8%', direction: 'up', against: 'vs FY2024', provenance: estimate },
      beside: [{ label: 'net FDI in all', display: '$2.5bn', provenance: sourced }],
      trend: null,
    };
    expect(toKpiPptx('FDI from China', kpi, englishLocale)).toEqual({
      title: 'FDI from China',
      value: '$1.23bn',
      label: 'FY2025',
      change: { text: '▲ +90.8% vs FY2024 (≈ estimate)', tone: 'up' },
      asOf: 'as of 30 Jun 2025',
      provenance: '● Sourced',
      notes: ['$2.5bn net FDI in all (● Sourced, as of 30 Jun 2025)'],
    });
  });

  it('says why there is no change rather than inventing one', () => {
    const kpi: Kpi = {
      headline: { label: 'Census 2023', display: '241m', provenance: { ...sourced, asOf: null } },
      delta: null,
      deltaNote: 'Censuses differ in method; no change is computed.',
      beside: [],
      trend: null,
    };
    const written = toKpiPptx('Population', kpi, englishLocale);
    expect(written.change).toEqual({
      text: 'Censuses differ in method; no change is computed.',
      tone: 'flat',
    });
    expect(written.asOf).toBe('date not given by the source');
  });
});
