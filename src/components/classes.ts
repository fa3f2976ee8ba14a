/** Class names joined for an element, skipping the ones not set (a holder's optional class). */
export const classes = (...names: (string | false | null | undefined)[]): string =>
  names.filter(Boolean).join(' ');
