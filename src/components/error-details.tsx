import { useEffect } from 'react';
import { ApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { englishLocale } from '@/lib/locale';
import { defineMessages, type Translator } from '@/lib/messages';
import { useLocale } from './language-provider';
import styles from './panel-states.module.css';

const messages = defineMessages({
  details: {
    id: 'states.details.summary',
    defaultMessage: 'Details',
    description: 'Disclosure under a failure message that opens the technical details.',
  },
  error: {
    id: 'states.details.error',
    defaultMessage: 'Error',
    description: 'Technical details: the error text.',
  },
  kind: {
    id: 'states.details.kind',
    defaultMessage: 'Kind',
    description: 'Technical details: the kind of failure (timeout, network, http, …; kept in English).',
  },
  url: {
    id: 'states.details.url',
    defaultMessage: 'URL',
    description: 'Technical details: the address asked.',
  },
  status: { id: 'states.details.status', defaultMessage: 'HTTP status', description: 'Technical details.' },
  body: {
    id: 'states.details.body',
    defaultMessage: 'Body',
    description: 'Technical details: what the answer looked like (empty, html, truncated).',
  },
  fields: {
    id: 'states.details.fields',
    defaultMessage: 'Fields',
    description: 'Technical details: which data fields failed the contract.',
  },
  retryAfter: {
    id: 'states.details.retry-after',
    defaultMessage: 'Retry-After',
    description: 'Technical details: the HTTP Retry-After header. Usually kept as is.',
  },
  seconds: {
    id: 'states.details.seconds',
    defaultMessage: '{seconds} s',
    description: 'A duration in seconds.',
  },
  circuit: {
    id: 'states.details.circuit',
    defaultMessage: 'Circuit',
    description: 'Technical details: the circuit breaker for this host.',
  },
  circuitOpen: {
    id: 'states.details.circuit-open',
    defaultMessage: 'open: requests to this host are paused after repeated failures',
    description: 'Technical details: the circuit breaker is open.',
  },
});

/** Label/value pairs for the "Details" disclosure (in the reader's language) and the console (English). */
function errorDetails(error: unknown, t: Translator): [string, string][] {
  if (error instanceof ApiError && error.details.circuitOpen)
    return [...machineDetails(error, t), [t.format(messages.circuit), t.format(messages.circuitOpen)]];
  return machineDetails(error, t);
}

/** The rows whose values are machine text (addresses, kinds, contract fields): English, left to right. */
function machineDetails(error: unknown, t: Translator): [string, string][] {
  if (!(error instanceof ApiError))
    return [[t.format(messages.error), error instanceof Error ? error.message : String(error)]];
  const rows: [string, string][] = [[t.format(messages.kind), error.kind]];
  const { url, status, issues, body, retryAfterMs } = error.details;
  if (url) rows.push([t.format(messages.url), url]);
  if (status !== undefined) rows.push([t.format(messages.status), String(status)]);
  if (body) rows.push([t.format(messages.body), body]);
  if (issues) rows.push([t.format(messages.fields), issues]);
  if (retryAfterMs !== undefined)
    rows.push([
      t.format(messages.retryAfter),
      t.format(messages.seconds, { seconds: Math.round(retryAfterMs / 1000) }),
    ]);
  return rows;
}

/** The "Details" disclosure under a failure, and the same detail in the console. */
export function ErrorDetails({ error }: { error: unknown }) {
  const t = useLocale();
  useEffect(() => {
    console.warn(
      `[api] ${describeError(error, englishLocale)}`,
      Object.fromEntries(errorDetails(error, englishLocale)),
    );
  }, [error]);
  return (
    <details className={styles.details}>
      <summary>{t.format(messages.details)}</summary>
      <dl>
        {machineDetails(error, t).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd dir="ltr" lang={t.lang === 'en' ? undefined : 'en'}>
              {value}
            </dd>
          </div>
        ))}
        {error instanceof ApiError && error.details.circuitOpen && (
          <div>
            <dt>{t.format(messages.circuit)}</dt>
            <dd>{t.format(messages.circuitOpen)}</dd>
          </div>
        )}
      </dl>
    </details>
  );
}
