import { z } from 'zod/mini';

/**
 * Text limits where the UI lays text out: a record whose name would not fit a card, a legend or a
 * slide is refused (with its field named) rather than laid out badly or truncated silently.
 */
export const limits = {
  id: 120,
  name: 200,
  shortName: 60,
  place: 120,
  source: 300,
  note: 2000,
  description: 4000,
} as const;

/** Required, non-empty text of at most `max` characters. */
export const requiredText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** Text that may be empty, of at most `max` characters. */
export const text = (max: number) => z.string().check(z.maxLength(max));

/**
 * A link the UI may render: http: or https: only. javascript:, data: and every other scheme fail the
 * record that carries them, so no link from the API can run script.
 */
export const WebUrlSchema = z
  .url({ protocol: /^https?$/, error: 'expected an http: or https: URL' })
  // Redundant for zod, but it puts the rule into the generated JSON Schema for other implementations.
  .check(z.regex(/^[hH][tT][tT][pP][sS]?:\/\//, 'expected an http: or https: URL'));
