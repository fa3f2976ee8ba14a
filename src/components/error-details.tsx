import { useEffect } from 'react';
import { ApiError, describeError } from '@/lib/api-error';

/** Label/value pairs for the "Details" disclosure and the console: URL, status, fields. */
function errorDetails(error: unknown): [string, string][] {
  if (!(error instanceof ApiError))
    return [['Error', error instanceof Error ? error.message : String(error)]];
  const rows: [string, string][] = [['Kind', error.kind]];
  const { url, status, issues, body, retryAfterMs, circuitOpen } = error.details;
  if (url) rows.push(['URL', url]);
  if (status !== undefined) rows.push(['HTTP status', String(status)]);
  if (body) rows.push(['Body', body]);
  if (issues) rows.push(['Fields', issues]);
  if (retryAfterMs !== undefined) rows.push(['Retry-After', `${Math.round(retryAfterMs / 1000)} s`]);
  if (circuitOpen) rows.push(['Circuit', 'open: requests to this host are paused after repeated failures']);
  return rows;
}

/** The "Details" disclosure under a failure, and the same detail in the console. */
export function ErrorDetails({ error }: { error: unknown }) {
  useEffect(() => {
    console.warn(`[api] ${describeError(error)}`, Object.fromEntries(errorDetails(error)));
  }, [error]);
  return (
    <details className="state-details">
      <summary>Details</summary>
      <dl>
        {errorDetails(error).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
