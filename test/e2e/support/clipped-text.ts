// "No text cut off": visible text in a box that hides what does not fit (overflow hidden or clip,
// or an ellipsis) while its content is larger than the box. Boxes meant to scroll (overflow auto or
// scroll on that axis) and visually hidden text (the 1 px `.visually-hidden` pattern, clip-path,
// invisible or inert parts such as the deck's other slides) are not reading surfaces and are skipped.
import type { Page } from '@playwright/test';

interface ClippedText {
  /** Tag, first class and role or name, enough to find it: "span.kpi_value_x1 (KPI value)". */
  element: string;
  text: string;
  axis: 'x' | 'y';
  /** Content size against the box's, in CSS pixels. */
  content: number;
  box: number;
}

/** Runs in the page: every element whose visible text is cut off. Marks each with `data-clipped`. */
function findClippedText(): ClippedText[] {
  const hides = (value: string) => value === 'hidden' || value === 'clip';
  const visuallyHidden = (el: Element) => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      const box = node.getBoundingClientRect();
      if (style.position === 'absolute' && box.width <= 1 && box.height <= 1) return true;
      if (style.clipPath.startsWith('inset(50%') || style.clip === 'rect(0px, 0px, 0px, 0px)') return true;
    }
    return false;
  };
  /** Text in a box of its own that scrolls (a wide table's wrapper) is that box's business. */
  const scrollsWithin = (node: Element, el: Element) => {
    for (let n: Element | null = node; n && n !== el; n = n.parentElement) {
      const style = getComputedStyle(n);
      if (/auto|scroll/.test(style.overflowX + style.overflowY)) return true;
    }
    return false;
  };
  /**
   * The visible text inside `el` that lies outside its box on that axis: the part that is cut off.
   * (scrollWidth also counts invisible or non-text content; the laid-out text is what a reader misses.)
   */
  const textOutside = (el: HTMLElement, axis: 'x' | 'y'): string => {
    // Client sizes are in the box's own pixels, text rectangles in the viewport's: a scaled box
    // (the deck fits its 1280 px slide to the window) needs its own scale applied.
    const outer = el.getBoundingClientRect();
    const sx = el.offsetWidth ? outer.width / el.offsetWidth : 1;
    const sy = el.offsetHeight ? outer.height / el.offsetHeight : 1;
    const left = outer.left + el.clientLeft * sx;
    const top = outer.top + el.clientTop * sy;
    const right = left + el.clientWidth * sx;
    const bottom = top + el.clientHeight * sy;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let cut = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.textContent?.trim() || !parent || parent.closest('svg, [inert], [aria-hidden="true"]'))
        continue;
      if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      if (visuallyHidden(parent) || scrollsWithin(parent, el)) continue;
      range.selectNodeContents(node);
      const outside = [...range.getClientRects()].some(
        (r) =>
          r.width > 0 &&
          r.height > 0 &&
          (axis === 'x'
            ? r.right > right + 1 || r.left < left - 1
            : r.bottom > bottom + 1 || r.top < top - 1),
      );
      if (outside) cut += `${node.textContent} `;
    }
    return cut.replace(/\s+/g, ' ').trim();
  };
  const found: ClippedText[] = [];
  for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
    if (el instanceof SVGElement || el.closest('svg, [inert], [aria-hidden="true"]')) continue;
    const style = getComputedStyle(el);
    const ellipsis = style.textOverflow === 'ellipsis';
    const checkX = (hides(style.overflowX) || ellipsis) && !/auto|scroll/.test(style.overflowX);
    const checkY = hides(style.overflowY);
    if (!checkX && !checkY) continue;
    const overX = checkX && el.scrollWidth > el.clientWidth + 1;
    const overY = checkY && el.scrollHeight > el.clientHeight + 1;
    if (!overX && !overY) continue;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    if (el.clientWidth === 0 || el.clientHeight === 0 || visuallyHidden(el)) continue;
    const axis = overX && textOutside(el, 'x') ? 'x' : overY && textOutside(el, 'y') ? 'y' : null;
    if (!axis) continue;
    const text = textOutside(el, axis);
    const label = el.getAttribute('aria-label') ?? el.getAttribute('role');
    const element = `${el.localName}${el.classList[0] ? `.${el.classList[0]}` : ''}${label ? ` (${label})` : ''}`;
    el.dataset.clipped = 'true';
    found.push({
      element,
      text: text.slice(0, 80),
      axis,
      content: axis === 'x' ? el.scrollWidth : el.scrollHeight,
      box: axis === 'x' ? el.clientWidth : el.clientHeight,
    });
  }
  return found;
}

/** The page's cut-off text, as lines a failure message can show. */
export async function clippedText(page: Page): Promise<string[]> {
  const found = await page.evaluate(findClippedText);
  return found.map(
    (c) => `${c.element} "${c.text}": ${c.axis === 'x' ? 'width' : 'height'} ${c.content} px in ${c.box} px`,
  );
}
