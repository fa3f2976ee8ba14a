import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// WCAG 2.1 A and AA, the level the dashboard promises, plus axe's best-practice rules (landmarks,
// heading order), which Lighthouse's accessibility audit runs too.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function describeViolation(violation: Violation) {
  const targets = violation.nodes
    .slice(0, 5)
    .map((node) => node.target.join(' '))
    .join('; ');
  const more = violation.nodes.length > 5 ? ` (+${violation.nodes.length - 5} more)` : '';
  return `${violation.id} [${violation.impact}] ${violation.help}: ${targets}${more}`;
}

/** Runs axe on the page as it is now; throws one message listing every violation. */
export async function checkA11y(page: Page, label = 'page') {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.map(describeViolation);
  throw new Error(
    `${results.violations.length} accessibility violation(s) on ${label}: ${lines.join(' | ')}`,
  );
}
