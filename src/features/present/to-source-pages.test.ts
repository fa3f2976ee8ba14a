import { describe, expect, it } from 'vitest';
import type { SourceRef } from '@/lib/sources';
import { estimateSourceHeight, toSourcePages } from './to-source-pages';

const ref = (source: string): SourceRef => ({ source, url: null, asOf: '2024', kinds: ['sourced'] });

describe('toSourcePages', () => {
  it('keeps a short list on one slide', () => {
    expect(toSourcePages([ref('A'), ref('B')])).toEqual([[ref('A'), ref('B')]]);
  });

  it('starts a new slide when the next source would not fit, in order', () => {
    const refs = Array.from({ length: 10 }, (_, i) => ref(`Source ${i}`));
    const oneLine = estimateSourceHeight(refs[0] as SourceRef);
    const pages = toSourcePages(refs, oneLine * 4);
    expect(pages).toHaveLength(3);
    expect(pages.every((p) => p.length <= 4)).toBe(true);
    expect(pages.flat()).toEqual(refs);
  });

  it('evens out the slides rather than leaving a nearly empty last one', () => {
    const refs = Array.from({ length: 9 }, (_, i) => ref(`Source ${i}`));
    const oneLine = estimateSourceHeight(refs[0] as SourceRef);
    expect(toSourcePages(refs, oneLine * 8).map((p) => p.length)).toEqual([5, 4]);
  });

  it('counts long citations as several lines', () => {
    expect(estimateSourceHeight(ref('x'.repeat(200)))).toBeGreaterThan(2 * estimateSourceHeight(ref('x')));
  });

  it('still gives one (empty) slide when there are no sources', () => {
    expect(toSourcePages([])).toEqual([[]]);
  });
});
