// @vitest-environment jsdom
import { useLayoutEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDeferredSettled } from './use-deferred-settled';

// Rendered as in the browser, not inside act(): act() would run the deferred render before any
// promise could be seen resolving, which is the very moment this test is about.
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

describe('useDeferredSettled', () => {
  let host: HTMLDivElement;
  let root: Root;
  let before: boolean | undefined;
  beforeEach(() => {
    before = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    host = document.createElement('div');
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = before;
  });

  it('waits for the commit that shows the latest value, not the one still showing the old', async () => {
    const seen: Promise<string>[] = [];
    let latest: (() => Promise<void>) | undefined;
    function Probe({ value }: { value: string }) {
      const { shown, settled } = useDeferredSettled(value);
      latest = settled;
      useLayoutEffect(() => {
        if (shown !== value) seen.push(settled().then(() => host.textContent ?? ''));
      });
      return <p>{shown}</p>;
    }
    root.render(<Probe value="2023 figures" />);
    await vi.waitFor(() => expect(host.textContent).toBe('2023 figures'));
    root.render(<Probe value="2024 figures" />);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(await seen[0]).toBe('2024 figures');
    // Once shown, nothing to wait for.
    const now = await Promise.race([
      latest?.().then(() => 'at once'),
      new Promise((resolve) => setTimeout(() => resolve('waited'), 50)),
    ]);
    expect(now).toBe('at once');
  });
});
