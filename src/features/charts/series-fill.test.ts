import { englishLocale } from '@/lib/locale';
import { describe, expect, it } from 'vitest';
import type { Datum, SeriesSpec } from './chart-model';
import { sectorPaint, seriesPaint } from './palette';
import { fillFor, legendItems, outlineFor } from './series-fill';

const total: SeriesSpec = { key: 'total', label: 'Total', paint: seriesPaint.total, type: 'bar' };
const fintech: SeriesSpec = {
  key: 'fintech',
  label: 'Fintech & blockchain',
  paint: sectorPaint('fintech'),
  pattern: sectorPaint('fintech').pattern,
  type: 'bar',
  filter: { kind: 'sector', id: 'fintech' },
};
const datum = (kinds: Datum['kinds']): Datum => ({
  key: 'k',
  x: 1,
  heading: '',
  values: {},
  display: {},
  kinds,
});

describe('series paint', () => {
  it('reads colours from CSS custom properties, with the domain colour as fallback', () => {
    expect(fillFor('p', total)).toBe('var(--series-total, #5b6770)');
    expect(fillFor('p', fintech)).toBe('url(#p-p-fintech)');
    expect(sectorPaint('fintech').css).toBe('var(--sector-fintech, #CC79A7)');
  });

  it('hatches an estimate on a plain series, but outlines it on a zone or sector series', () => {
    expect(fillFor('p', total, 'estimate')).toBe('url(#p-p-total-estimate)');
    expect(fillFor('p', fintech, 'estimate')).toBe('url(#p-p-fintech)');
    expect(outlineFor(fintech, 'estimate')).toEqual({
      stroke: 'var(--text)',
      strokeDasharray: '4 2',
      strokeWidth: 1.5,
    });
    expect(outlineFor(total, 'estimate')).toEqual({ stroke: 'var(--chart-outline)' });
  });
});

describe('legendItems', () => {
  it('keys each series and each provenance cue the chart uses', () => {
    const items = legendItems(
      [total, fintech],
      [datum({ total: 'estimate', fintech: 'announcement' })],
      'p',
      englishLocale,
    );
    expect(items.map((i) => i.label)).toEqual([
      'Total',
      'Fintech & blockchain',
      'Dashed outline: announcement',
      'Hatched: estimate',
    ]);
    expect(items[1]).toMatchObject({ pattern: 'cross', exportPatternId: 'p-p-fintech' });
  });

  it('turns zone and sector keys into filter toggles', () => {
    const toggled: string[] = [];
    const items = legendItems([total, fintech], [], 'p', englishLocale, {
      isActive: (f) => f.id === 'fintech',
      onToggle: (f) => toggled.push(f.id),
    });
    expect(items[0]?.onToggle).toBeUndefined();
    expect(items[1]?.pressed).toBe(true);
    items[1]?.onToggle?.();
    expect(toggled).toEqual(['fintech']);
  });
});
