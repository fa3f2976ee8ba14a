import { describe, expect, it } from 'vitest';
import { noteText } from '@/components/note-runs';
import type { Observation } from '@/domain/observation';
import { englishLocale as en } from '@/lib/locale';
import { obs } from '@test/builders';
import { toChinaFdiKpi, toIctExportsKpi } from './to-money-kpis';

describe('money KPIs', () => {
  const inRound = (o: Observation, source: string, asOf: string | null): Observation => ({
    ...o,
    provenance: { ...o.provenance, source, asOf },
  });
  const br2024 = (o: Observation) => inRound(o, 'Business Recorder, 20 Jul 2024', '2024-07-20');
  const br2025 = (o: Observation) => inRound(o, 'Business Recorder, 19 Jul 2025', '2025-07-19');

  it('computes FDI change against the prior year of the same report and derives China’s share as an estimate', () => {
    const kpi = toChinaFdiKpi(
      [
        br2024(obs('fdi-net-china', 'FY2024', 568e6, { vintage: 'first-reported' })),
        br2025(obs('fdi-net-china', 'FY2024', 643e6, { vintage: 'revised' })),
        br2025(obs('fdi-net-china', 'FY2025', 1227e6)),
        br2025(obs('fdi-net-total', 'FY2025', 2457e6)),
      ],
      en,
    );
    expect(kpi?.delta?.display).toBe('+90.8%');
    expect(kpi?.delta?.against).toBe('vs FY2024 (revised)');
    expect(kpi?.delta?.provenance).toMatchObject({ kind: 'estimate', asOf: '2025-07-19' });
    const share = kpi?.beside.find((f) => noteText(f.label).startsWith('of all net FDI'));
    expect(share?.display).toBe('49.94%');
    expect(share?.provenance.kind).toBe('estimate');
    expect(
      kpi?.beside.some((f) => f.display === '$568m' && noteText(f.label).includes('first reported')),
    ).toBe(true);
  });

  it('takes China’s share from one report when the total was revised and China’s figure was not', () => {
    const gwadar = (o: Observation) => inRound(o, 'Gwadar Today', null);
    const kpi = toChinaFdiKpi(
      [
        gwadar(obs('fdi-net-china', 'FY2023', 432.2e6, { vintage: 'first-reported' })),
        gwadar(obs('fdi-net-total', 'FY2023', 1437.7e6, { vintage: 'first-reported' })),
        br2024(obs('fdi-net-total', 'FY2023', 1627e6, { vintage: 'revised' })),
      ],
      en,
    );
    const share = kpi?.beside.find((f) => noteText(f.label).startsWith('of all net FDI'));
    expect(share?.display).toBe('30.06%');
    expect(share?.provenance.asOf).toBeNull();
  });

  it('marks a change computed from a rounded estimate as an estimate, and says so', () => {
    const kpi = toIctExportsKpi(
      [obs('ict-exports', 'FY2024', 3223e6), obs('ict-exports', 'FY2025', 3800e6, {}, 'estimate')],
      en,
    );
    expect(kpi?.delta?.display).toBe('+17.9%');
    expect(kpi?.delta?.provenance.kind).toBe('estimate');
    expect(kpi?.delta?.provenance.method).toContain('$3.8bn (FY2025, estimate)');
  });

  it('shows a falling value as down', () => {
    const kpi = toChinaFdiKpi(
      [obs('fdi-net-china', 'FY2022', 532e6), obs('fdi-net-china', 'FY2023', 432.2e6)],
      en,
    );
    expect(kpi?.delta).toMatchObject({ display: '−18.8%', direction: 'down', against: 'vs FY2022' });
  });
});
