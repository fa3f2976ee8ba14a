import { describe, expect, it } from 'vitest';
import { countrySpots, toCountryLabels } from './to-country-labels';
import type { Box } from './to-labels';

/** A plain screen: 10 px per degree, north up, the frame spanning 50–110° E and 20–50° N. */
const toScreen = ([lon, lat]: readonly [number, number]) => [(lon - 50) * 10, (50 - lat) * 10] as const;
const frame = { width: 600, height: 300 };
const english = (code: string) =>
  ({ CN: 'CHINA', PK: 'PAKISTAN', IN: 'INDIA', AF: 'AFGHANISTAN', MN: 'MONGOLIA', IR: 'IRAN' })[code] ?? code;
const spot = (code: string, i = 0) => {
  const at = countrySpots.find((c) => c.code === code)?.at[i];
  if (!at) throw new Error(`no spot ${i} for ${code}`);
  return toScreen(at);
};

describe('toCountryLabels', () => {
  it('writes each country at its first spot when nothing is in the way', () => {
    const labels = toCountryLabels(english, toScreen, [], frame);
    expect(labels.map((l) => l.code)).toEqual(['CN', 'PK', 'IN', 'AF', 'MN', 'IR']);
    const pakistan = labels.find((l) => l.code === 'PK');
    expect(pakistan).toMatchObject({ name: 'PAKISTAN', focus: true });
    expect([pakistan?.x, pakistan?.y]).toEqual([...spot('PK')]);
    expect(labels.find((l) => l.code === 'IN')?.focus).toBe(false);
  });

  it('moves a name to its next spot when a marker or label covers the first', () => {
    // A marker under the western end of the name at its first spot, clear of its second.
    const [x, y] = spot('PK');
    const marker: Box = { x0: x - 46, y0: y - 9, x1: x - 40, y1: y - 4 };
    const pakistan = toCountryLabels(english, toScreen, [marker], frame).find((l) => l.code === 'PK');
    expect([pakistan?.x, pakistan?.y]).toEqual([...spot('PK', 1)]);
  });

  it('leaves out a name with no free spot, and one whose spots fall outside the frame', () => {
    const everywhere: Box = { x0: -1e4, y0: -1e4, x1: 1e4, y1: 1e4 };
    expect(toCountryLabels(english, toScreen, [everywhere], frame)).toEqual([]);
    const narrow = toCountryLabels(english, toScreen, [], { width: 300, height: 300 });
    expect(narrow.map((l) => l.code)).not.toContain('CN');
    expect(toCountryLabels(english, () => null, [], frame)).toEqual([]);
  });

  it('keeps names apart: a later name does not take a spot an earlier one covers', () => {
    // Pakistan's name, placed first, sits just above Afghanistan's first spot.
    const [x, y] = spot('AF');
    const wide = (code: string) => (code === 'PK' ? 'P'.repeat(20) : english(code));
    const nearAfghanistan = (lonLat: readonly [number, number]) =>
      lonLat[0] === countrySpots[1]?.at[0]?.[0] && lonLat[1] === countrySpots[1]?.at[0]?.[1]
        ? ([x, y - 5] as const)
        : toScreen(lonLat);
    const labels = toCountryLabels(wide, nearAfghanistan, [], frame);
    const afghanistan = labels.find((l) => l.code === 'AF');
    expect([afghanistan?.x, afghanistan?.y]).toEqual([...spot('AF', 1)]);
  });
});
