import type { Page } from '@playwright/test';
import { mockApiReady } from './fixtures';

/** The demo API answers once its service worker controls the page; then every slide's figures load. */
export async function settleDeck(page: Page) {
  await mockApiReady(page);
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[aria-roledescription="slide"] article').length > 0 &&
      document.querySelectorAll('[aria-roledescription="slide"] [aria-busy="true"]').length === 0 &&
      document.querySelector('main[aria-busy="false"]') !== null,
    null,
    { timeout: 20_000 },
  );
}
