import { z } from 'zod/mini';
import { provenanceKinds } from './provenance-kinds';
import { LocalTextsSchema } from './local-names';
import { translationOf } from './local-texts';
import { limits, requiredText, text, WebUrlSchema } from './text';
import { compareCodes } from './compare';

const ProvenanceKindSchema = z.enum(provenanceKinds);
export type ProvenanceKind = z.infer<typeof ProvenanceKindSchema>;

/** YYYY, YYYY-MM or YYYY-MM-DD: sources often give only a month or a year. */
export const PartialDateSchema = z
  .string()
  .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'));

export const ProvenanceSchema = z.object({
  kind: ProvenanceKindSchema,
  source: requiredText(limits.source),
  url: z.nullable(WebUrlSchema),
  /** The date the source gives (publication or data release); null when it gives none: never guessed. */
  asOf: z.nullable(PartialDateSchema),
  note: z.optional(text(limits.note)),
  /**
   * How the figure was made when it is not exactly what the source printed: rounded, converted,
   * derived, classified or placed by us. Every estimate has one; derived figures always do.
   */
  method: z.optional(text(limits.note)),
  /** Copied data names the copy it came from (e.g. a public mirror of World Bank WDI). */
  copiedFrom: z.optional(z.object({ name: requiredText(limits.source), url: z.nullable(WebUrlSchema) })),
  /** `note` and `method` in Chinese and Urdu where there are translations; the source never is. */
  texts: LocalTextsSchema({ note: limits.note, method: limits.note }),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

const strength = (kind: ProvenanceKind) => provenanceKinds.indexOf(kind);

/** The weaker of two kinds (sourced > announcement > estimate > illustrative). */
const weakerKind = (a: ProvenanceKind, b: ProvenanceKind): ProvenanceKind =>
  strength(a) >= strength(b) ? a : b;

/** Oldest first; a figure whose source gives no date sorts before any dated one. */
export function compareAsOf(a: string | null, b: string | null): number {
  return compareCodes(a ?? '', b ?? '');
}

/**
 * A derived figure (a change, a share, a remainder) is an estimate: no source printed it. It
 * inherits the weakest provenance of its inputs, so one illustrative input makes it illustrative.
 * Its source and link are those of its weakest input, its as-of date the latest of theirs (none if
 * any input is undated), and it always says how it was computed.
 */
/** A method the dashboard wrote (a message formatted for the reader), with its language. */
export interface OwnMethod {
  text: string;
  lang: string;
}

/**
 * `p` with a method the dashboard wrote: the text stands as the method and, when it is not English,
 * also as its translation into its language, so `methodText` gives it back with its language and
 * never mistakes it for the data's English (nor keeps the data's translations of another method).
 */
export function withOwnMethod(p: Provenance, method: OwnMethod): Provenance {
  const { texts, ...rest } = p;
  const kept = texts?.note ? { note: texts.note } : {};
  const own = translationOf(method.text, method.lang);
  const merged = Object.keys(own).length ? { ...kept, method: own } : kept;
  return { ...rest, method: method.text, ...(Object.keys(merged).length ? { texts: merged } : {}) };
}

export function derivedProvenance(inputs: readonly Provenance[], method: OwnMethod): Provenance {
  const first = inputs[0];
  if (!first) throw new Error('A derived figure needs at least one input');
  const weakest = inputs.reduce((w, p) => (strength(p.kind) > strength(w.kind) ? p : w), first);
  const kind = weakerKind('estimate', weakest.kind);
  const sources = [...new Set(inputs.map((p) => p.source))];
  const latest = inputs.reduce<string | null>((at, p) => (compareAsOf(p.asOf, at) > 0 ? p.asOf : at), null);
  return withOwnMethod(
    {
      kind,
      source: sources.length === 1 ? weakest.source : `${weakest.source} (and ${sources.length - 1} more)`,
      url: weakest.url,
      asOf: inputs.some((p) => p.asOf === null) ? null : latest,
      ...(weakest.note ? { note: weakest.note } : {}),
      ...(weakest.note && weakest.texts?.note ? { texts: { note: weakest.texts.note } } : {}),
    },
    method,
  );
}
