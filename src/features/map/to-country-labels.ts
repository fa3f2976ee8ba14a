import { overlaps, textWidth, type Box } from './to-labels';

type LonLat = readonly [number, number];

/**
 * Country names with candidate positions (lon, lat) in open land, placed by eye; the first that
 * covers no marker or label is used, and a name with no free spot is left out.
 */
export const countrySpots: readonly { code: string; at: readonly LonLat[]; focus: boolean }[] = [
  {
    code: 'CN',
    at: [
      [101, 31.5],
      [98, 36],
    ],
    focus: true,
  },
  {
    code: 'PK',
    at: [
      [65.8, 27.6],
      [69.6, 27.4],
      [64.8, 26.4],
      [63.6, 27.9],
    ],
    focus: true,
  },
  { code: 'IN', at: [[79, 22.5]], focus: false },
  {
    code: 'AF',
    at: [
      [64.5, 33.6],
      [65.5, 31.8],
    ],
    focus: false,
  },
  { code: 'MN', at: [[103, 46.5]], focus: false },
  { code: 'IR', at: [[57.5, 30.5]], focus: false },
];

/** Letter-spaced capitals run wider than the city names: pixels per character at 11–14 px. */
const COUNTRY_CHAR = { focus: 12, context: 9.5 } as const;
const LATIN = /^[\x20-\x7e]*$/;
/** Latin capitals are letter-spaced; Han and Nastaliq are not (spacing would break joined letters). */
const countryWidth = (name: string, focus: boolean) =>
  LATIN.test(name)
    ? name.length * (focus ? COUNTRY_CHAR.focus : COUNTRY_CHAR.context)
    : textWidth(name) * (focus ? 14 / 12 : 11 / 12);
/** A name keeps this far from the frame's edges. */
const EDGE = 2;

export interface CountryLabel {
  code: string;
  name: string;
  /** The middle of the name's baseline, on screen. */
  x: number;
  y: number;
  focus: boolean;
}

/**
 * Each country's name at the first of its spots that lies inside the frame and covers nothing in
 * `taken` (markers, labels, the names placed before it), in `countrySpots` order. `toScreen` is the
 * projection and zoom together (null where the projection has no point). `taken` is not changed.
 */
export function toCountryLabels(
  nameOf: (code: string) => string,
  toScreen: (lonLat: LonLat) => readonly [number, number] | null,
  taken: readonly Box[],
  { width, height }: { width: number; height: number },
): CountryLabel[] {
  const covered = [...taken];
  return countrySpots.flatMap(({ code, at, focus }) => {
    const name = nameOf(code);
    const half = countryWidth(name, focus) / 2;
    for (const lonLat of at) {
      const xy = toScreen(lonLat);
      if (!xy) continue;
      const [x, y] = xy;
      const box = { x0: x - half, y0: y - 12, x1: x + half, y1: y + 3 };
      const fits = box.x0 > EDGE && box.x1 < width - EDGE && box.y0 > EDGE && box.y1 < height - EDGE;
      if (fits && !covered.some((b) => overlaps(b, box))) {
        covered.push(box);
        return [{ code, name, x, y, focus }];
      }
    }
    return [];
  });
}
