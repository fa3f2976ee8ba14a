import { englishLocale } from '@/lib/locale';
import { describe, expect, it } from 'vitest';
import { obs } from '@test/builders';
import { ictExportsSeries as ict, pbsExportsSeries, toFiscalBars } from './to-fiscal-bars';

const data = [
  obs('ict-exports', 'FY2024', 3223e6),
  obs('ict-exports', 'FY2025', 3800e6, {}, 'estimate'),
  obs('pbs-it-exports', 'FY2023', 2605.34e6),
];

describe('toFiscalBars', () => {
  it('keeps to one series: PBS figures never join the SBP chart', () => {
    const shaped = toFiscalBars(data, 'ict-exports', ict, [], englishLocale);
    expect(shaped?.model.data.map((d) => d.key)).toEqual(['FY2024', 'FY2025']);
    expect(shaped?.provenances.every((p) => !p.source.includes('pbs'))).toBe(true);
  });

  it('marks an estimate on the bar and says so in the summary', () => {
    const shaped = toFiscalBars(data, 'ict-exports', ict, [], englishLocale);
    expect(shaped?.model.data.at(-1)?.kinds.value).toBe('estimate');
    expect(shaped?.summary).toBe(
      "ICT export remittances were $3.8bn in FY2025 (a rounded estimate), up 17.9% on FY2024's $3.22bn.",
    );
  });

  it('shows exact values in the table', () => {
    const rows = toFiscalBars(data, 'pbs-it-exports', pbsExportsSeries, [], englishLocale)?.table.rows;
    expect(rows?.map((r) => r.display.value)).toEqual(['US$2,605,340,000']);
  });
});
