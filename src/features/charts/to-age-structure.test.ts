import { englishLocale } from '@/lib/locale';
import { describe, expect, it } from 'vitest';
import { obs } from '@test/builders';
import { toAgeStructure } from './to-age-structure';

const wb = [
  obs('wb:SP.POP.0014.TO.ZS', '2010', 39.34),
  obs('wb:SP.POP.0014.TO.ZS', '2024', 36.68),
  obs('wb:SP.POP.65UP.TO.ZS', '2010', 3.69),
  obs('wb:SP.POP.65UP.TO.ZS', '2024', 4.28),
];

describe('toAgeStructure', () => {
  it('derives 15–64 as 100 minus the two published shares and marks it an estimate', () => {
    const last = toAgeStructure(wb, 'PAK', [], englishLocale)?.model.data.at(-1);
    expect(last?.values).toEqual({ young: 36.68, working: 59.04, old: 4.28 });
    expect(last?.kinds).toEqual({ young: 'sourced', working: 'estimate', old: 'sourced' });
  });

  it('names the derivation in the source line and the table', () => {
    const shaped = toAgeStructure(wb, 'PAK', [], englishLocale);
    expect(
      shaped?.provenances.some((p) => p.kind === 'estimate' && p.source.startsWith('Derived: 100 −')),
    ).toBe(true);
    expect(shaped?.table.rows.map((r) => r.values.group)).toContain('15–64 (derived)');
  });

  it('summarises the latest shares and their change', () => {
    expect(toAgeStructure(wb, 'PAK', [], englishLocale)?.summary).toBe(
      "In 2024, 36.68% of Pakistan's people were aged 0–14 (down 2.66 pts since 2010) and 4.28% were 65 or over (up 0.59 pts); the 15–64 share, derived as the rest, was 59.04%.",
    );
  });

  it('needs both published shares for a year', () => {
    expect(toAgeStructure(wb.slice(0, 2), 'PAK', [], englishLocale)).toBeNull();
  });
});
