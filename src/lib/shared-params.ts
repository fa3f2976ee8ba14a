/**
 * The URL parameters that belong to the whole app rather than one page: the view filters, the theme,
 * the language and number style, and the demo API's rehearsal faults. They follow the user from page to page; page state does not.
 */
const SHARED_PARAMS = ['zone', 'sector', 'from', 'to', 'theme', 'lang', 'numbers', 'fault'] as const;

/** The shared parameters of `search` as a query string ('' or '?…'), to carry onto another page. */
export function sharedQuery(search: string): string {
  const params = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of SHARED_PARAMS) {
    const value = params.get(key);
    if (value !== null) kept.set(key, value);
  }
  const text = kept.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

/** The demo API's fault switch (`?fault=observations:error-503,all:slow`), '' when absent. */
export const faultParam = (search: string): string => new URLSearchParams(search).get('fault') ?? '';
