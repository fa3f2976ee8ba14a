// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SlideSpec } from '@/components/slide-spec';
import { useDeckExports } from './use-deck-exports';

afterEach(() => vi.restoreAllMocks());

const slide = (ready?: () => Promise<void>): SlideSpec => ({
  id: 'chart-fdi',
  title: 'Net FDI into Pakistan',
  render: () => null,
  notes: [],
  sources: [],
  illustrative: false,
  ...(ready && { ready }),
});

function exportsOf(slides: SlideSpec[]) {
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(
    () =>
      useDeckExports({
        slides,
        stage: { current: null },
        slide: 1,
        filtersLabel: 'All zones',
        notify: () => {},
        prepare: () => Promise.resolve(),
        rendered: () => Promise.resolve(),
      }),
    { wrapper },
  ).result;
}

describe('the deck’s printing', () => {
  it('waits for the code a slide’s body draws with (its charts) before printing', async () => {
    let loaded = () => {};
    const charts = new Promise<void>((resolve) => (loaded = resolve));
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const deck = exportsOf([slide(() => charts)]);
    act(() => void deck.current.printDeck());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(print).not.toHaveBeenCalled();
    loaded();
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  });

  it('prints anyway when that code cannot load: the slide then says so in the chart’s place', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const deck = exportsOf([slide(() => Promise.reject(new Error('offline')))]);
    act(() => void deck.current.printDeck());
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  });
});
