import { act, cleanup, fireEvent, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deckControls, expectSlide, openDeck } from '../present-helpers';

const press = (key: string) => fireEvent.keyDown(window, { key });
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
const pauseButton = () => within(deckControls()).getByRole('button', { name: /^(Pause|Resume)$/ });

// The deck loads with real timers (lazy chunks, the demo API); the clock is faked only once it stands.
const fakeClock = () =>
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });

// Timers still pending on the fake clock (nuqs' URL flush among them) would never fire once the real
// one is back, and would hold up the next test file sharing this worker: unmount, then run them.
afterEach(() => {
  cleanup();
  vi.runOnlyPendingTimers();
  vi.useRealTimers();
});

describe('presenter mode: auto-advance', () => {
  it('turns the slide at the chosen interval and writes the interval to the URL', async () => {
    const count = await openDeck();
    fakeClock();
    fireEvent.change(within(deckControls()).getByLabelText('Auto-advance'), { target: { value: '10' } });
    wait(9_999);
    expectSlide(1, count);
    wait(1);
    expectSlide(2, count);
    wait(10_000);
    expectSlide(3, count);
    wait(200);
    const params = new URLSearchParams(window.location.search);
    expect(params.get('auto')).toBe('10');
    expect(params.get('slide')).toBe('3');
  });

  it('pauses when the presenter moves by hand, and P resumes it', async () => {
    const count = await openDeck();
    fakeClock();
    fireEvent.change(within(deckControls()).getByLabelText('Auto-advance'), { target: { value: '15' } });
    wait(15_000);
    expectSlide(2, count);
    press('ArrowRight');
    expectSlide(3, count);
    expect(pauseButton()).toHaveAccessibleName('Resume');
    expect(pauseButton()).toHaveAttribute('aria-pressed', 'true');
    wait(120_000);
    expectSlide(3, count);
    press('p');
    expect(pauseButton()).toHaveAccessibleName('Pause');
    wait(15_000);
    expectSlide(4, count);
    press('P');
    wait(60_000);
    expectSlide(4, count);
  });

  it('loops from the last slide to the first, like a lobby playlist', async () => {
    const count = await openDeck(`/present?slide=99`);
    fakeClock();
    expectSlide(count, count);
    fireEvent.change(within(deckControls()).getByLabelText('Auto-advance'), { target: { value: '10' } });
    wait(10_000);
    expectSlide(1, count);
  });

  it('starts from a kiosk link (?auto=30); P with auto-advance off starts it at 15 s', async () => {
    const count = await openDeck('/present?auto=30');
    expect(within(deckControls()).getByLabelText('Auto-advance')).toHaveValue('30');
    fakeClock();
    // The interval already running uses the real clock; pausing and resuming restarts it on the fake one.
    press('p');
    press('p');
    wait(30_000);
    expectSlide(2, count);
    fireEvent.change(within(deckControls()).getByLabelText('Auto-advance'), { target: { value: '' } });
    wait(120_000);
    expectSlide(2, count);
    press('p');
    expect(within(deckControls()).getByLabelText('Auto-advance')).toHaveValue('15');
    wait(15_000);
    expectSlide(3, count);
  });
});
