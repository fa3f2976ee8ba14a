/**
 * The notes window in Urdu: what the data has only in English (a method, a source's title) is
 * marked lang="en" inside the Urdu note, so a screen reader reads it in an English voice.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '@mocks/handlers';
import { server } from '@mocks/node';
import type { PresentMessage } from '@/features/present/notes-sync';
import { deckKeyOf } from '@/features/present/use-present-sync';
import { emptyFilters } from '@/lib/view-filters';
import { renderApp } from '../render';

/** Observations as a service without translations of their texts would send them. */
function serveObservationsWithoutTexts() {
  server.use(
    http.get('*/api/v1/observations', async ({ request }) => {
      const answer = await getResponse(handlers, request);
      const body = (await answer?.json()) as { data: { provenance: Record<string, unknown> }[] };
      for (const o of body.data) delete o.provenance.texts;
      return HttpResponse.json(body, { headers: answer?.headers });
    }),
  );
}

let channel: BroadcastChannel;
beforeEach(() => {
  channel = new BroadcastChannel(`tech-corridor-present:${deckKeyOf(emptyFilters)}`);
  localStorage.clear();
});
afterEach(() => channel.close());

const method = 'Rounded by the source to $3.8bn (IT & ITeS services only, without freelancing)';

describe('the notes window in Urdu', () => {
  it('marks an untranslated method and the source titles lang="en" inside the Urdu notes', async () => {
    serveObservationsWithoutTexts();
    renderApp('/present/notes?lang=ur');
    expect(await screen.findByRole('heading', { level: 1, name: 'مقرر کے نوٹس' })).toBeInTheDocument();
    // As the deck does: answer the window's hello with its state (a state posted before the window
    // listens is lost), and post it once now for a window that already listens.
    const state = {
      type: 'state',
      slide: 3,
      count: 9,
      paused: false,
      autoSeconds: null,
    } satisfies PresentMessage;
    channel.onmessage = (event: MessageEvent<PresentMessage>) => {
      if (event.data.type === 'hello') channel.postMessage(state);
    };
    channel.postMessage(state);
    const notes = await screen.findByRole('list', {}, { timeout: 15_000 });
    const english = await within(notes).findByText(method, {}, { timeout: 15_000 });
    expect(english).toHaveAttribute('lang', 'en');
    const note = english.closest('li')!;
    expect(note.textContent).toMatch(/تخمینہ: Rounded by the source/);
    expect(within(note).getByText(/^Daily Times, 19 Jul 2025/)).toHaveAttribute('lang', 'en');
    // The Urdu around them is not marked: it is the page's own language.
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'ur'));
    expect(note).not.toHaveAttribute('lang');
  }, 40_000);
});
