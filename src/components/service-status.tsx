import { useSyncExternalStore } from 'react';
import { useNow } from '@/hooks/use-now';
import { circuitSnapshot, subscribeCircuits } from '@/lib/circuit';
import { rejectedSnapshot, subscribeRejected } from '@/lib/rejected-records';
import { describeError } from '@/lib/describe-error';
import { defineMessages } from '@/lib/messages';
import { ErrorDetails } from './error-details';
import styles from './connection-status.module.css';
import { useLocale } from './language-provider';
import panelStyles from './panel-states.module.css';

const messages = defineMessages({
  paused: {
    id: 'states.service.paused',
    defaultMessage:
      '{problem} Requests are paused and tried again {seconds, plural, =0 {now} one {in # s} other {in # s}}; figures already loaded stay on screen.',
    description:
      'One line for the whole page when a service stopped answering; problem is a sentence (e.g. "The data service is not answering.").',
  },
  rejected: {
    id: 'states.service.rejected',
    defaultMessage: 'Some records were left out because they failed validation: {list}. The rest are shown.',
    description:
      'Records dropped from an answer; list is e.g. "2 of 40 from observations, 1 of 9 from zones".',
  },
  rejectedItem: {
    id: 'states.service.rejected-item',
    defaultMessage: '{count} of {total} from {resource}',
    description:
      'One entry of the rejected list; resource is an API resource name (observations, zones; kept).',
  },
  moreIssues: {
    id: 'states.service.more-issues',
    defaultMessage: '…and {count} more, listed in the browser console.',
    description: 'Last line of the rejected-record details when there are too many to list on the page.',
  },
  details: {
    id: 'states.service.details',
    defaultMessage: 'Details',
    description: 'Disclosure listing the validation problems of the left-out records.',
  },
});

/**
 * Problems listed on the page; the rest are in the console (noteRejected). An answer with thousands of
 * bad records must not turn into thousands of list items.
 */
const ISSUES_SHOWN = 20;

/** Made only when there is a list: its first construction costs a phone tens of milliseconds. */
const listFormat = (lang: string) => new Intl.ListFormat(lang === 'en-XA' ? 'en' : lang, { type: 'unit' });

/** A service that has stopped answering (its circuit is open), or records left out of an answer. */
export function ServiceStatus() {
  const circuits = useSyncExternalStore(subscribeCircuits, circuitSnapshot);
  const rejected = useSyncExternalStore(subscribeRejected, rejectedSnapshot);
  const open = circuits[0];
  const now = useNow(open !== undefined);
  const t = useLocale();
  const issues = rejected.flatMap((r) =>
    r.issues.map((issue, i) => ({ key: `${r.url}-${i}`, text: `${r.url} ${issue}` })),
  );
  return (
    <>
      {open && (
        <div className={styles.status} role="status">
          <p>
            {t.format(messages.paused, {
              problem: describeError(open.lastError, t),
              seconds: open.retryAt > now ? Math.ceil((open.retryAt - now) / 1000) : 0,
            })}
          </p>
          <ErrorDetails error={open.lastError} />
        </div>
      )}
      {rejected.length > 0 && (
        <div className={styles.status} role="status">
          <p>
            {t.format(messages.rejected, {
              list: listFormat(t.lang).format(
                rejected.map((r) =>
                  t.format(messages.rejectedItem, {
                    count: t.number(r.count),
                    total: t.number(r.total),
                    resource: r.resource,
                  }),
                ),
              ),
            })}
          </p>
          <details className={panelStyles.details}>
            <summary>{t.format(messages.details)}</summary>
            <ul dir="ltr" lang={t.lang === 'en' ? undefined : 'en'}>
              {issues.slice(0, ISSUES_SHOWN).map(({ key, text }) => (
                <li key={key}>{text}</li>
              ))}
            </ul>
            {issues.length > ISSUES_SHOWN && (
              <p>{t.format(messages.moreIssues, { count: t.number(issues.length - ISSUES_SHOWN) })}</p>
            )}
          </details>
        </div>
      )}
    </>
  );
}
