/**
 * The pseudo-locale check (docs/i18n.md): with `?lang=en-XA` every message is accented, so text that
 * still reads as plain English was never put through the catalogue. Data in English on purpose is
 * marked `lang="en"` (names without a translation, source titles) and skipped, as are number words
 * that the English number style writes ("241.49 million", "$1.2bn") and machine codes shown as they
 * are: paths ("/api/v1") and identifiers with a digit ("demo-13c30310").
 *
 * Self-contained (nothing from module scope), so browser tests can run the same function in the page:
 * `page.evaluate(plainEnglishIn, element)` (test/e2e/languages.e2e.ts).
 */
export function plainEnglishIn(root: Element): string[] {
  const NUMBER_WORDS = /\b(million|billion|trillion|thousand|lakh|crore|bn|m|k)\b/g;
  const CODES = /\S*\/\S*|\b[a-z]+(?:-[a-z0-9]+)*-[a-z0-9]*\d[a-z0-9]*\b/g;
  const PLAIN = /[A-Za-z]*[a-z]{3,}/;
  const inEnglishOnPurpose = (element: Element | null) =>
    element?.closest('[lang]')?.getAttribute('lang') === 'en' ||
    element?.closest('[translate="no"], script, style, code, svg title') !== null;
  const isHidden = (element: Element | null) => element?.closest('[hidden], [aria-hidden="true"]') != null;
  const offending = (text: string | null | undefined): string | null => {
    const cleaned = (text ?? '').replace(CODES, '').replace(NUMBER_WORDS, '').trim();
    return PLAIN.test(cleaned) ? cleaned : null;
  };

  const found = new Set<string>();
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (isHidden(parent) || inEnglishOnPurpose(parent)) continue;
    const text = offending(node.textContent);
    if (text) found.add(text);
  }
  for (const element of root.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
    if (inEnglishOnPurpose(element)) continue;
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
      const text = offending(element.getAttribute(name));
      if (text) found.add(`${name}: ${text}`);
    }
  }
  return [...found];
}
