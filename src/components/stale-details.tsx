import { probeNow } from '@/lib/circuit';
import { defineMessages } from '@/lib/messages';
import { ErrorDetails } from './error-details';
import { useLocale } from './language-provider';
import { NoticeBox, panelStateMessages, useProblemText, type QueryFreshness } from './panel-states';

const messages = defineMessages({
  asOf: {
    id: 'states.stale.as-of',
    defaultMessage: 'As of your last successful load, {time}.',
    description: 'Figures kept from an earlier load; time is when they were fetched ("1 Dec 2026, 14:05").',
  },
  checking: {
    id: 'states.stale.checking',
    defaultMessage: 'Checking for newer figures…',
    description: 'After the as-of sentence, while a refresh is running.',
  },
});

/** When the figures shown were fetched, why they could not be refreshed, and Retry. */
export function StaleDetails({ queries: old }: { queries: readonly QueryFreshness[] }) {
  const t = useLocale();
  const failing = old.map((q) => q.failureReason ?? (q.isError ? q.error : null)).find((e) => e != null);
  const problem = useProblemText(failing);
  const since = Math.min(...old.map((q) => q.dataUpdatedAt));
  const time = new Intl.DateTimeFormat(t.lang === 'en' || t.lang === 'en-XA' ? 'en-GB' : t.lang, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(since);
  return (
    <NoticeBox role="status">
      <p>
        <span aria-hidden="true">⏱ </span>
        {t.format(messages.asOf, { time })} {failing ? problem : t.format(messages.checking)}
      </p>
      {failing != null && <ErrorDetails error={failing} />}
      {failing != null && (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            probeNow();
            old.forEach((q) => void q.refetch());
          }}
        >
          {t.format(panelStateMessages.retry)}
        </button>
      )}
    </NoticeBox>
  );
}
