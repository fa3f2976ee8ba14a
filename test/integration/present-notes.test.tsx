import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PresentMessage } from '@/features/present/notes-sync';
import { deckKeyOf } from '@/features/present/use-present-sync';
import { emptyFilters } from '@/lib/view-filters';
import { expectSlide, expectUrlSlide, openDeck } from '../present-helpers';
import { renderApp } from '../render';

/** Stands in for the other window: the same channel the app opens for an unfiltered deck. */
function otherWindow() {
  const channel = new BroadcastChannel(`tech-corridor-present:${deckKeyOf(emptyFilters)}`);
  const received: PresentMessage[] = [];
  channel.onmessage = (event: MessageEvent<PresentMessage>) => received.push(event.data);
  return {
    received,
    post: async (message: PresentMessage) => channel.postMessage(message),
    close: () => channel.close(),
    last: (type: PresentMessage['type']) => received.filter((m) => m.type === type).at(-1),
  };
}

let other: ReturnType<typeof otherWindow>;
beforeEach(() => {
  other = otherWindow();
  localStorage.clear();
});
afterEach(() => other.close());

describe('presenter mode: the audience window follows the notes window', () => {
  it('announces its slide, answers hello, and goes where the notes window asks', async () => {
    const count = await openDeck('/present?slide=2');
    await waitFor(() => expect(other.last('state')).toMatchObject({ type: 'state', slide: 2, count }));
    other.received.length = 0;
    await other.post({ type: 'hello' });
    await waitFor(() =>
      expect(other.last('state')).toMatchObject({ slide: 2, paused: false, autoSeconds: null }),
    );
    await other.post({ type: 'goto', slide: 4 });
    await waitFor(() => expectSlide(4, count, 'Pakistan’s people'));
    await expectUrlSlide(4);
    await waitFor(() => expect(other.last('state')).toMatchObject({ slide: 4 }));
  });

  it('reports its own moves, and ignores messages it does not know', async () => {
    const user = userEvent.setup();
    const count = await openDeck();
    await user.keyboard('{End}');
    await waitFor(() => expect(other.last('state')).toMatchObject({ slide: count }));
    other.received.length = 0;
    await other.post({ type: 'goto', slide: 0 } as PresentMessage);
    await other.post({ type: 'reload' } as unknown as PresentMessage);
    await other.post({ type: 'hello' });
    // Messages arrive in order: the answer to hello comes after the two bad ones were ignored.
    await waitFor(() =>
      expect(other.received).toEqual([expect.objectContaining({ type: 'state', slide: count })]),
    );
    expectSlide(count, count);
  });
});

describe('presenter mode: the notes window', () => {
  it('waits for the audience window, then shows its slide’s notes from the data and the next slide', async () => {
    renderApp('/present/notes');
    expect(await screen.findByRole('heading', { level: 1, name: 'Speaker notes' })).toBeInTheDocument();
    expect(document.title).toBe('Speaker notes · Tech Corridor');
    expect(screen.getByText(/Waiting for the presentation window/)).toBeInTheDocument();
    await waitFor(() => expect(other.last('hello')).toEqual({ type: 'hello' }));

    await other.post({ type: 'state', slide: 3, count: 9, paused: false, autoSeconds: null });
    expect(await screen.findByText('In step with the presentation window.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Investment and exports' })).toBeInTheDocument();
    expect(screen.getByText(/^Slide 3 of \d+$/)).toBeInTheDocument();
    expect(
      await screen.findByText(
        /^FDI from China: \$1\.23bn — FY2025 \(Jul 2024–Jun 2025\); \+90\.8% vs FY2024 \(revised\) \(estimate: Computed by the dashboard: \$1\.23bn \(FY2025\) ÷ \$643m \(FY2024, revised\) − 1\)\. Source: Business Recorder, 19 Jul 2025 .*, as of 19 Jul 2025\.$/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^ICT exports: \$3\.8bn .* \[estimate: Rounded by the source to \$3\.8bn .*\], as of 19 Jul 2025\.$/,
      ),
    ).toBeInTheDocument();
    // A derived share is an estimate, and the notes (and so the exported pack) say how it was computed.
    expect(
      screen.getByText(
        /^Beside it: 49\.94% — of all net FDI in FY2025\. Source: .* \[estimate: Computed by the dashboard: .* both from the same report\], as of 19 Jul 2025\.$/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Next: Pakistan’s people' })).toBeInTheDocument();
  });

  it('steers the audience window with its keys and buttons', async () => {
    const user = userEvent.setup();
    renderApp('/present/notes');
    await screen.findByRole('heading', { level: 1, name: 'Speaker notes' });
    // The window listens once it has said hello: a state posted before then is lost.
    await waitFor(() => expect(other.last('hello')).toEqual({ type: 'hello' }));
    await other.post({ type: 'state', slide: 3, count: 9, paused: false, autoSeconds: 15 });
    await screen.findByText('In step with the presentation window.');
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(other.last('goto')).toEqual({ type: 'goto', slide: 4 }));
    await user.keyboard('{Home}');
    await waitFor(() => expect(other.last('goto')).toEqual({ type: 'goto', slide: 1 }));
    await user.click(screen.getByRole('button', { name: 'Pause auto-advance' }));
    await waitFor(() => expect(other.last('toggle-pause')).toEqual({ type: 'toggle-pause' }));
    // The notes window shows what the audience reports, not what it asked for.
    expect(screen.getByText(/^Slide 3 of \d+/)).toBeInTheDocument();
  });

  it('keeps the presenter’s own notes per slide in this browser, and typing them turns no slide', async () => {
    const user = userEvent.setup();
    const view = renderApp('/present/notes');
    await screen.findByRole('heading', { level: 1, name: 'Speaker notes' });
    // The window listens once it has said hello: a state posted before then is lost.
    await waitFor(() => expect(other.last('hello')).toEqual({ type: 'hello' }));
    await other.post({ type: 'state', slide: 2, count: 9, paused: false, autoSeconds: null });
    await screen.findByText(/^Slide 2 of \d+$/);
    const box = screen.getByRole('textbox', { name: /Your notes for this slide/ });
    other.received.length = 0;
    await user.type(box, 'Mention the 2024 notifications →');
    expect(other.received.filter((m) => m.type === 'goto')).toHaveLength(0);
    // The audience moves on while the presenter types: the box shows that slide's notes and keeps focus.
    await other.post({ type: 'state', slide: 3, count: 9, paused: false, autoSeconds: null });
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Your notes/ })).toHaveValue(''));
    expect(screen.getByRole('textbox', { name: /Your notes/ })).toHaveFocus();
    await user.keyboard('12 ');
    expect(other.received.filter((m) => m.type === 'goto')).toHaveLength(0);
    await user.clear(screen.getByRole('textbox', { name: /Your notes/ }));
    view.unmount();
    renderApp('/present/notes');
    await screen.findByRole('heading', { level: 1, name: 'Speaker notes' });
    // The window listens once it has said hello: a state posted before then is lost.
    await waitFor(() => expect(other.last('hello')).toEqual({ type: 'hello' }));
    await other.post({ type: 'state', slide: 2, count: 9, paused: false, autoSeconds: null });
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /Your notes/ })).toHaveValue(
        'Mention the 2024 notifications →',
      ),
    );
  });

  it('says when the presentation window has closed', async () => {
    renderApp('/present/notes');
    await screen.findByRole('heading', { level: 1, name: 'Speaker notes' });
    await other.post({ type: 'state', slide: 1, count: 9, paused: false, autoSeconds: null });
    await other.post({ type: 'bye' });
    expect(await screen.findByText('The presentation window has closed.')).toBeInTheDocument();
  });
});
