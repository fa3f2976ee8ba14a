import { describe, expect, it } from 'vitest';
import type { Provenance } from '@/domain/provenance';
import { toFooterSources } from './to-footer-sources';

const p = (source: string, asOf: string, kind: Provenance['kind'] = 'sourced'): Provenance => ({
  kind,
  source,
  url: `https://example.org/${asOf}`,
  asOf,
});

describe('toFooterSources', () => {
  it('names each publication once with the dates of its articles, oldest first', () => {
    const out = toFooterSources([
      p('ProPakistani, 2 Jun 2022', '2022-06-02'),
      p('The Nation, 16 Aug 2024', '2024-08-16'),
      p("ProPakistani, 17 Jan 2022 'PM launches STZ'", '2022-01-17'),
      p('ProPakistani, 2 Jun 2022; APP, 2 Jun 2022', '2022-06-02'),
      p("TVI, 'Pakistan's FDI jump 88% in FY20' (SBP)", '2019'),
    ]);
    expect(out.map((s) => [s.name, s.items.map((i) => i.asOf)])).toEqual([
      ['ProPakistani', ['2022-01-17', '2022-06-02']],
      ['The Nation', ['2024-08-16']],
      ['TVI', ['2019']],
    ]);
  });

  it('keeps every kind a publication supplied, so an illustrative figure stays visible', () => {
    const out = toFooterSources([p('Generator', '2025', 'illustrative'), p('Generator', '2024')]);
    expect(out[0]?.kinds).toEqual(['sourced', 'illustrative']);
  });
});
