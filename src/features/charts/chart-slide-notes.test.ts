import { describe, expect, it } from 'vitest';
import { sedaFortuneFigures, zoneSectorCompanies } from '@test/builders';
import { noteText } from '@/components/note-runs';
import { englishLocale } from '@/lib/locale';
import { chartNotes } from './chart-slide-notes';
import { toFortune500 } from './to-fortune500';
import { toZoneSectorBreakdown } from './to-breakdown';

const header = { id: 'test.companies', defaultMessage: 'Companies' };
const en = englishLocale;

describe('chartNotes', () => {
  it('gives the summary with how it was computed, then each source once with its kind and date', () => {
    const shaped = toFortune500(sedaFortuneFigures(), englishLocale);
    const notes = chartNotes(shaped, [], englishLocale).map(noteText);
    expect(notes[0]?.startsWith(`${shaped?.summary} [estimate: Computed by the dashboard`)).toBe(true);
    expect(notes.slice(1)).toEqual([
      expect.stringMatching(/^Source: .+, as of .+\.$/),
      expect.stringMatching(/^Source: .+ \[announcement\], .+\.$/),
    ]);
  });

  it('says first that illustrative figures are generated and not to be quoted', () => {
    const names = { zones: new Map([['stz-nust', 'NUST']]), sectors: new Map([['ites', 'ITeS']]) };
    const cells = zoneSectorCompanies('stz-nust', { ites: 2 });
    const shaped = toZoneSectorBreakdown(cells, 'zone-companies', 'count', names, header, 'companies', en);
    const notes = chartNotes(shaped, [], englishLocale).map(noteText);
    expect(notes[0]).toMatch(/^Illustrative: .*not published figures; do not quote them\.$/);
    expect(notes.at(-1)).toMatch(/\[illustrative/);
  });

  it('has nothing but milestones to say when nothing was shaped', () => {
    expect(chartNotes(null, [], englishLocale)).toEqual([]);
  });
});
