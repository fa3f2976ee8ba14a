import type { SourceRef } from '@/lib/sources';

/**
 * Room on one sources slide, in slide pixels: two columns of about 420px each below the title and
 * above the footer, with a margin, because the height of wrapped text is estimated, not measured
 * (print has no second chance to measure).
 */
const SOURCES_PAGE_CAPACITY = 2 * 420;
/** 14px text in a 564px column (sources-slide.module.css, .list). */
const CHARS_PER_LINE = 76;
const LINE_HEIGHT = 18.2;
const ENTRY_GAP = 6;
/** A provenance badge takes about as much room as this many characters. */
const BADGE_CHARS = 12;

export function estimateSourceHeight(ref: SourceRef): number {
  const chars =
    ref.source.length +
    (ref.copiedFrom ? ref.copiedFrom.name.length + ' (copied from )'.length : 0) +
    ', as of 12 Sep 2025'.length +
    BADGE_CHARS * ref.kinds.length;
  return Math.ceil(chars / CHARS_PER_LINE) * LINE_HEIGHT + ENTRY_GAP;
}

function fill(refs: readonly SourceRef[], capacity: number): SourceRef[][] {
  const pages: SourceRef[][] = [];
  let page: SourceRef[] = [];
  let used = 0;
  for (const ref of refs) {
    const height = estimateSourceHeight(ref);
    if (page.length > 0 && used + height > capacity) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(ref);
    used += height;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/**
 * Splits the deck's sources into slides that each fit, keeping their order, and evens them out:
 * three slides two-thirds full read better than two full ones and a last one with two lines.
 */
export function toSourcePages(refs: readonly SourceRef[], capacity = SOURCES_PAGE_CAPACITY): SourceRef[][] {
  const pages = fill(refs, capacity);
  if (pages.length < 2) return pages;
  // The smallest capacity that still needs no more slides: greedy filling is monotonic in it.
  // Whole pixels, so the search always narrows and ends.
  let [low, high] = [Math.ceil(Math.max(...refs.map(estimateSourceHeight))) - 1, Math.ceil(capacity)];
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (fill(refs, mid).length > pages.length) low = mid;
    else high = mid;
  }
  return fill(refs, high);
}
