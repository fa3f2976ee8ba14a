import { describe, expect, it } from 'vitest';
import { obs, sedaFortuneFigures } from '@test/builders';
import { englishLocale } from '@/lib/locale';
import { chartNotes } from './chart-slide-notes';
import { toFortune500 } from './to-fortune500';
import { toZoneSectorBreakdown } from './to-breakdown';

describe('chartNotes', () => {
  it('gives the summary with how it was computed, then each source once with its kind and date', () => {
    const shaped = toFortune500(sedaFortuneFigures(), englishLocale);
    const notes = chartNotes(shaped, [], englishLocale);
    expect(notes[0]?.startsWith(`${shaped?.summary} [estimate: Computed by the dashboard`)).toBe(true);
    expect(notes.slice(1)).toEqual([
      expect.stringMatching(/^Source: .+, as of .+\.$/),
      expect.stringMatching(/^Source: .+ \[announcement\], .+\.$/),
    ]);
  });

  it('says first that illustrative figures are generated and not to be quoted', () => {
    const names = { zones: new Map([['stz-nust', 'NUST']]), sectors: new Map([['ites', 'ITeS']]) };
    const header = { id: 'test.companies', defaultMessage: 'Companies' };
    const shaped = toZoneSectorBreakdown(
      [
        obs(
          'zone-companies',
          '2025',
          2,
          { geoType: 'zone', geo: 'stz-nust', sectorId: 'ites' },
          'illustrative',
        ),
      ],
      'zone-companies',
      'count',
      names,
      header,
      'companies',
      englishLocale,
    );
    const notes = chartNotes(shaped, [], englishLocale);
    expect(notes[0]).toMatch(/^Illustrative: .*not published figures; do not quote them\.$/);
    expect(notes.at(-1)).toMatch(/\[illustrative/);
  });

  it('has nothing but milestones to say when nothing was shaped', () => {
    expect(chartNotes(null, [], englishLocale)).toEqual([]);
  });
});
