import type { Point } from './to-markers';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelRequest {
  id: string;
  text: string;
  /** The area the label names (a marker or a city's spread-out markers); the label goes beside it. */
  around: Box;
}

export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** Width of 12 px system-ui text, in pixels per character (measured ≈6.3–6.8 for mixed case). */
const CHAR_WIDTH = 6.8;
/** Han characters are square: a full em at 12 px. */
const WIDE_WIDTH = 12;
/** Nastaliq letters join and overlap: narrower per character than Latin, but twice as tall. */
const ARABIC_WIDTH = 5.6;
const LINE = 12;
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

/** Estimated width of a 12 px label: by character, since Han, Arabic-script and Latin widths differ. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? WIDE_WIDTH : ARABIC.test(ch) ? ARABIC_WIDTH : CHAR_WIDTH;
  return w;
}

/** Line height of a label: Nastaliq stacks letters diagonally and needs about twice the room. */
const lineOf = (text: string) => (ARABIC.test(text) ? 2 * LINE : LINE);

export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The box a placed label covers (the same estimate placeLabels uses). */
export function labelBox({ text, x, y, anchor }: PlacedLabel): Box {
  const w = textWidth(text);
  const line = lineOf(text);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  // The baseline sits at y; Nastaliq's descenders reach well below it.
  const extra = (line - LINE) / 2;
  return { x0, y0: y - LINE + 2 - extra, x1: x0 + w, y1: y + 3 + extra };
}

export const boxAround = ([x, y]: Point, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });

export function union(boxes: readonly Box[]): Box {
  return boxes.reduce(
    (u, b) => ({
      x0: Math.min(u.x0, b.x0),
      y0: Math.min(u.y0, b.y0),
      x1: Math.max(u.x1, b.x1),
      y1: Math.max(u.y1, b.y1),
    }),
    { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity },
  );
}

/**
 * Greedy label placement: for each request in order, the first of right, below, left, above that
 * stays in the frame and clear of every obstacle (markers) and every label already placed. A label
 * that fits nowhere is left out; the tooltip and the list still name every zone.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  frame: { width: number; height: number },
): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const out: PlacedLabel[] = [];
  for (const { id, text, around } of requests) {
    const w = textWidth(text);
    const line = lineOf(text);
    const cx = (around.x0 + around.x1) / 2;
    const cy = (around.y0 + around.y1) / 2;
    const candidates: (PlacedLabel & { box: Box })[] = [
      {
        id,
        text,
        x: around.x1 + 4,
        y: cy + 4,
        anchor: 'start',
        box: { x0: around.x1 + 2, y0: cy - line / 2, x1: around.x1 + 6 + w, y1: cy + line / 2 },
      },
      {
        id,
        text,
        x: cx,
        y: around.y1 + line,
        anchor: 'middle',
        box: { x0: cx - w / 2, y0: around.y1 + 1, x1: cx + w / 2, y1: around.y1 + line + 3 },
      },
      {
        id,
        text,
        x: around.x0 - 4,
        y: cy + 4,
        anchor: 'end',
        box: { x0: around.x0 - 6 - w, y0: cy - line / 2, x1: around.x0 - 2, y1: cy + line / 2 },
      },
      {
        id,
        text,
        x: cx,
        y: around.y0 - 4,
        anchor: 'middle',
        box: { x0: cx - w / 2, y0: around.y0 - line - 3, x1: cx + w / 2, y1: around.y0 - 1 },
      },
    ];
    const fits = candidates.find(
      ({ box }) =>
        box.x0 >= 2 &&
        box.y0 >= 2 &&
        box.x1 <= frame.width - 2 &&
        box.y1 <= frame.height - 2 &&
        !taken.some((t) => overlaps(t, box)),
    );
    if (!fits) continue;
    const { box, ...label } = fits;
    taken.push(box);
    out.push(label);
  }
  return out;
}
