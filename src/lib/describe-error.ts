/**
 * A failure in words, for the panel that failed. Only a failure needs these sentences, so they are
 * not in the first load: the first screen gets them with the after-first-paint chunk
 * (components/deferred.tsx `useDescribeError`), the lazy pages import them here.
 */
import { config } from '@/config/env';
import { ApiError } from './api-error';
import { defineMessages, type Translator } from './messages';

const messages = defineMessages({
  worldBank: {
    id: 'errors.service.world-bank',
    defaultMessage: 'The World Bank service',
    description: 'Subject of the failure sentences below ({service}) when the World Bank API failed.',
  },
  own: {
    id: 'errors.service.own',
    defaultMessage: 'The data service',
    description: "Subject of the failure sentences below ({service}) when the dashboard's own API failed.",
  },
  unknown: {
    id: 'errors.unknown',
    defaultMessage: 'Something went wrong while loading this panel.',
    description: 'A panel failed for a reason that is not an API error.',
  },
  refused: {
    id: 'errors.http.refused-access',
    defaultMessage: '{service} refused access (answered {status}). You may need to sign in again.',
    description: 'HTTP 401/403. service names the service ("The data service"); status is the HTTP code.',
  },
  notFound: {
    id: 'errors.http.not-found',
    defaultMessage: '{service} does not have this data (answered 404).',
    description: 'HTTP 404.',
  },
  busy: {
    id: 'errors.http.busy',
    defaultMessage: '{service} is busy (answered 429).',
    description: 'HTTP 429: too many requests.',
  },
  serverFault: {
    id: 'errors.http.server-fault',
    defaultMessage: '{service} answered {status}, a fault on its side.',
    description: 'HTTP 5xx; status is the HTTP code.',
  },
  otherStatus: {
    id: 'errors.http.refused-request',
    defaultMessage: '{service} refused the request (answered {status}).',
    description: 'Any other HTTP error; status is the HTTP code.',
  },
  timeout: {
    id: 'errors.timeout',
    defaultMessage: '{service} is not answering.',
    description: 'The request timed out.',
  },
  network: {
    id: 'errors.network',
    defaultMessage: '{service} could not be reached.',
    description: 'The request failed on the network (offline, DNS, refused connection).',
  },
  empty: {
    id: 'errors.parse.empty',
    defaultMessage: '{service} sent an empty answer.',
    description: 'The answer had no body.',
  },
  html: {
    id: 'errors.parse.html',
    defaultMessage: '{service} sent a web page instead of data.',
    description: 'The answer was an HTML page (a proxy or login page), not JSON.',
  },
  unreadable: {
    id: 'errors.parse.unreadable',
    defaultMessage: '{service} sent an answer that could not be read.',
    description: 'The answer was not valid JSON.',
  },
  schema: {
    id: 'errors.schema',
    defaultMessage: '{service} sent data in an unexpected shape, so it is not shown.',
    description: 'The answer did not match the expected data contract.',
  },
});

/** Which service a URL belongs to: picks the wording of every message above. */
function serviceOf(error: ApiError, t: Translator): string {
  return t.format(error.details.url?.startsWith(config.worldBankBaseUrl) ? messages.worldBank : messages.own);
}

function describeStatus(t: Translator, service: string, status: number): string {
  if (status === 401 || status === 403)
    return t.format(messages.refused, { service, status: String(status) });
  if (status === 404) return t.format(messages.notFound, { service });
  if (status === 429) return t.format(messages.busy, { service });
  if (status >= 500) return t.format(messages.serverFault, { service, status: String(status) });
  return t.format(messages.otherStatus, { service, status: String(status) });
}

/**
 * One sentence a user understands, for the panel that failed, in the reader's language (`t`).
 * Technical detail goes to errorDetails(). A service's own message (World Bank) is quoted as it came.
 * `t` is required: a reason in English inside a translated sentence was easy to miss.
 */
export function describeError(error: unknown, t: Translator): string {
  if (!(error instanceof ApiError)) return t.format(messages.unknown);
  const service = serviceOf(error, t);
  switch (error.kind) {
    case 'timeout':
      return t.format(messages.timeout, { service });
    case 'network':
      return t.format(messages.network, { service });
    case 'http':
      return describeStatus(t, service, error.details.status ?? 0);
    case 'parse':
      return t.format(
        error.details.body === 'empty'
          ? messages.empty
          : error.details.body === 'html'
            ? messages.html
            : messages.unreadable,
        { service },
      );
    case 'schema':
      return t.format(messages.schema, { service });
    case 'service':
      return error.message;
    case 'unavailable':
      return error.message;
  }
}
