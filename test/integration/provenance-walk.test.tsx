/**
 * Walks every page of the demo and checks that every number on screen has its provenance within
 * reach: a badge, a source line or a provenance column in the same card, row, list item, fact,
 * chart or slide. Dates and years are not figures; everything else with a digit is.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import userEvent from '@testing-library/user-event';
import { currentSlide, openDeck } from '../present-helpers';
import { renderApp } from '../render';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*';
/** Text that holds digits without being a figure: dates, years, fiscal years, age bands, ids. */
const NOT_FIGURES = [
  new RegExp(`\\b(\\d{1,2} )?${MONTH} (\\d{4})\\b`, 'g'),
  /\bFY\d{4}\b/g,
  /\b(19|20)\d{2}(\s*[–-]\s*((19|20)?\d{2}))?\b/g,
  /\b(aged?|ages) (under |over )?\d{1,2}(\s*[–-]\s*\d{1,2})?( and (over|above))?\b/gi,
  /\b\d{1,2}\s*[–-]\s*\d{1,2}\b/g,
  /\b\d{1,2}\+(?= |$)/g,
  /\bSP\.POP\.[0-9A-Z.]+/g,
  /\bseed \d+/g,
  /\b(Slide|slide) \d+( of \d+)?/g,
  /^\s*\d+ \/ \d+\s*$/g,
  /\b1:\d+m\b/g,
  /\b0 resets\b/g,
];
const hasFigure = (text: string) => /\d/.test(NOT_FIGURES.reduce((t, re) => t.replace(re, ' '), text));

/**
 * The unit a figure belongs to: a card's headline, change or trend; a row, list item or fact; else
 * its card, chart or slide. A change or a sparkline needs its own badge, not the card's.
 */
const UNIT =
  '[role="group"][aria-label="Headline figure"], [role="group"][aria-label="Change"], tr, li, dd, article, figure, section, [role="region"], [aria-roledescription="slide"]';
/** Badges and slide footers (`data-provenance`), source lines and a chart's list of sources. */
const PROVENANCE = '[data-provenance], [data-source-line], [data-source-list]';
const SLIDE = '[aria-roledescription="slide"]';
/**
 * Controls and chrome: their digits (year pickers, slide counters) are not figures; nor are a chart's
 * marker numbers and key, the map legend's size key (a scale whose note beside it says the sizes
 * are illustrative), or a panel's empty-state message ("at most 4").
 */
const CHROME =
  'nav, header, button, select, option, label, input, [role="tablist"], [aria-label="Filters"], svg, [data-chart-mark], [data-chart-key], [data-size-key], [aria-label="Cooperation milestones marked on the chart"] strong, [data-panel-state="empty"]';

function provenanceWithinReach(el: Element): boolean {
  const unit = el.closest(UNIT);
  if (!unit) return false;
  if (unit.matches(PROVENANCE) || unit.querySelector(PROVENANCE)) return true;
  // A slide is read as one page: its footer's sources are within reach of everything on it.
  if (unit.closest(SLIDE)?.querySelector(PROVENANCE)) return true;
  // A table row reaches its table's provenance column.
  const table = unit.closest('table');
  return (
    !!table && [...table.querySelectorAll('th')].some((th) => /provenance|source/i.test(th.textContent ?? ''))
  );
}

function figuresOutOfReach(root: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const el = node.parentElement;
    if (!el || !hasFigure(text) || el.closest(CHROME)) continue;
    if (!provenanceWithinReach(el))
      out.push(
        `${el.tagName.toLowerCase()}.${el.className || el.parentElement?.className}: "${text.trim().slice(0, 80)}"`,
      );
  }
  return out;
}

async function settled() {
  await waitFor(
    () => {
      expect(document.querySelector('[aria-busy="true"]')).toBeNull();
      expect(screen.queryAllByText(/Loading/i)).toHaveLength(0);
    },
    { timeout: 8000 },
  );
}

describe('every number on screen has its provenance within reach', () => {
  it.each([
    ['the overview', '/'],
    ['the demographics charts', '/charts/demographics?table=all'],
    ['the investment charts', '/charts/investment'],
    ['the companies charts', '/charts/companies'],
    ['the map (list view)', '/map?view=list'],
    ['the explore table', '/explore?indicator=fdi-net-china'],
  ])('on %s', async (_name, url) => {
    renderApp(url);
    const main = await screen.findByRole('main');
    await settled();
    expect(main.textContent).toMatch(/\d/);
    expect(figuresOutOfReach(main)).toEqual([]);
  });

  it('on every slide of the presenter deck', async () => {
    const count = await openDeck('/present');
    const missing: string[] = [];
    for (let n = 1; n <= count; n += 1) {
      await settled();
      missing.push(...figuresOutOfReach(currentSlide()).map((m) => `slide ${n}: ${m}`));
      if (n < count) await userEvent.keyboard('{ArrowRight}');
    }
    expect(missing).toEqual([]);
  }, 60_000);
});
