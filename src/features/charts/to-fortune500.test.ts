import { englishLocale } from '@/lib/locale';
import { describe, expect, it } from 'vitest';
import { sedaFortuneFigures } from '@test/builders';
import { toFortune500 } from './to-fortune500';

describe('toFortune500', () => {
  const figures = sedaFortuneFigures();

  it('shows the report and the claim side by side, each with its own provenance', () => {
    const data = toFortune500(figures, englishLocale)?.model.data;
    expect(data?.map((d) => [d.x, d.values.count, d.kinds.count])).toEqual([
      ['2018 report', 32, 'sourced'],
      ['2022 announcement', 84, 'announcement'],
    ]);
  });

  it('says the sources disagree rather than claiming growth', () => {
    expect(toFortune500(figures, englishLocale)?.summary).toBe(
      'A 2018 report (China Daily) counted 32 Fortune Global 500 companies at SEDA; SEDA claimed 84 "Fortune 500" companies at the 2022 Letter of Intent. The sources disagree and name different lists, so the gap is not a trend.',
    );
  });
});
