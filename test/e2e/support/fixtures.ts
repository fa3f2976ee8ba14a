// Every browser test fails on an uncaught page error, an unhandled rejection or a console error in
// any page of its context (the notes window included), unless the test names the error it provokes.
import { test as base, expect, type Page } from '@playwright/test';

type Fixtures = {
  /** Console errors a test provokes on purpose (e.g. a simulated HTTP 503). */
  allowedConsoleErrors: RegExp[];
  pageProblems: void;
};

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  pageProblems: [
    async ({ context, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      const watched = new WeakSet<Page>();
      const watch = (page: Page) => {
        if (watched.has(page)) return;
        watched.add(page);
        // Chromium reports unhandled promise rejections as page errors too.
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() !== 'error') return;
          const text = message.text();
          if (allowedConsoleErrors.some((pattern) => pattern.test(text))) return;
          const { url, lineNumber } = message.location();
          problems.push(`console error: ${text}${url ? ` (${url}:${lineNumber})` : ''}`);
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      expect([...new Set(problems)], 'page errors, unhandled rejections or console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The app has drawn, and (demo build) the MSW service worker controls the page and answers the API. */
export async function mockApiReady(page: Page) {
  // The app has drawn: React's first render takes out the prerendered copy, shown or not (a copy
  // of the deck matches the deck's own selectors, and keys pressed before the app are lost).
  await page.waitForFunction(() => !document.querySelector('[data-prerendered]'), null, { timeout: 20_000 });
  // Against a real API (E2E_BASE_URL) there is no worker to wait for.
  if (process.env.E2E_BASE_URL) return;
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20_000 });
}
