// A deliberately tiny expect: plain value checks, plus polling checks for Playwright locators,
// because the dashboard renders asynchronously (MSW starts beside first paint, then queries resolve).
import assert from 'node:assert/strict';

const DEFAULT_WAIT_MS = 15_000;

async function poll(check, describe, timeout) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await check();
      if (last.ok) return;
    } catch (error) {
      // A locator that matches nothing yet throws; keep waiting until the deadline.
      last = { ok: false, seen: error instanceof Error ? error.message.split('\n')[0] : String(error) };
    }
    if (Date.now() > deadline) throw new Error(`${describe} (after ${timeout} ms; last seen: ${last?.seen})`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

const clip = (text) => JSON.stringify(String(text).replace(/\s+/g, ' ').trim().slice(0, 200));

export function expect(actual) {
  return {
    toBe: (expected) => assert.strictEqual(actual, expected),
    toEqual: (expected) => assert.deepStrictEqual(actual, expected),
    toBeTruthy: () => assert.ok(actual, `expected a truthy value, got ${clip(actual)}`),
    toMatch: (regex) => assert.match(String(actual), regex),
    toContain: (item) =>
      assert.ok(
        actual.includes(item),
        `expected ${clip(Array.isArray(actual) ? actual.join(' | ') : actual)} to contain ${clip(item)}`,
      ),

    /** Locator: waits until its visible text contains `text` (string or RegExp). */
    toContainText: (text, { timeout = DEFAULT_WAIT_MS } = {}) =>
      poll(
        async () => {
          const seen = await actual.innerText({ timeout: 1000 });
          return { ok: typeof text === 'string' ? seen.includes(text) : text.test(seen), seen: clip(seen) };
        },
        `expected ${actual} to contain text ${clip(text)}`,
        timeout,
      ),

    /** Locator: waits until it resolves to a visible element. */
    toBeVisible: ({ timeout = DEFAULT_WAIT_MS } = {}) =>
      poll(
        async () => ({
          ok: await actual.first().isVisible(),
          seen: `${await actual.count()} match(es), first not visible`,
        }),
        `expected ${actual} to be visible`,
        timeout,
      ),

    /** Locator: waits until it matches exactly `count` elements. */
    toHaveCount: (count, { timeout = DEFAULT_WAIT_MS } = {}) =>
      poll(
        async () => {
          const n = await actual.count();
          return { ok: n === count, seen: `${n} match(es)` };
        },
        `expected ${actual} to match ${count} element(s)`,
        timeout,
      ),
  };
}
