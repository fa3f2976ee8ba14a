import { describe, expect, it } from 'vitest';
import { boxAround, labelBox, placeLabels, textWidth, union } from './to-labels';

const frame = { width: 400, height: 200 };

describe('placeLabels', () => {
  it('puts a label to the right of what it names when there is room', () => {
    const [label] = placeLabels([{ id: 'a', text: 'Karachi', around: boxAround([100, 100], 6) }], [], frame);
    expect(label).toMatchObject({ id: 'a', x: 110, y: 104, anchor: 'start' });
  });

  it('moves below, left or above when the right is blocked, and skips a label that fits nowhere', () => {
    const around = boxAround([380, 100], 6);
    const [left] = placeLabels([{ id: 'a', text: 'Lahore', around }], [], frame);
    expect(left?.anchor).toBe('end');
    const walls = [
      { x0: 0, y0: 0, x1: 400, y1: 90 },
      { x0: 0, y0: 110, x1: 400, y1: 200 },
      { x0: 0, y0: 0, x1: 370, y1: 200 },
    ];
    expect(placeLabels([{ id: 'a', text: 'Lahore', around }], walls, frame)).toEqual([]);
  });

  it('never overlaps two labels', () => {
    const labels = placeLabels(
      [
        { id: 'a', text: 'Islamabad', around: boxAround([100, 100], 5) },
        { id: 'b', text: 'Rawalpindi', around: boxAround([104, 104], 5) },
      ],
      [],
      frame,
    );
    expect(labels.map((l) => l.anchor)).toEqual(['start', 'middle']);
  });

  it('unions boxes', () => {
    expect(union([boxAround([0, 0], 1), boxAround([10, 5], 2)])).toEqual({ x0: -1, y0: -1, x1: 12, y1: 7 });
  });
});

describe('label sizes by script', () => {
  it('counts Han characters a full em and Nastaliq narrower but twice as tall', () => {
    expect(textWidth('拉合尔')).toBe(36);
    expect(textWidth('Lahore')).toBeCloseTo(40.8);
    expect(textWidth('لاہور')).toBeLessThan(textWidth('Lahore'));
    const latin = labelBox({ id: 'a', text: 'Lahore', x: 0, y: 20, anchor: 'start' });
    const urdu = labelBox({ id: 'a', text: 'لاہور', x: 0, y: 20, anchor: 'start' });
    expect(urdu.y1 - urdu.y0).toBe(2 * (latin.y1 - latin.y0) - 1);
  });
});
