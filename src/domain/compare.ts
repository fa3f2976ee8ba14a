/**
 * Ids, periods and partial ISO dates, ordered by their characters. `localeCompare` without a
 * collator builds one per call (ICU): sorting a chart's rows with it cost a phone's main thread
 * tens of milliseconds. Names people read are sorted with an `Intl.Collator` instead.
 */
export const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

let english: Intl.Collator | undefined;
/** English names (zone short names, source titles) as a reader orders them; one collator, made when first needed. */
export const compareEnglishNames = (a: string, b: string): number =>
  (english ??= new Intl.Collator('en')).compare(a, b);
