import { z } from 'zod/mini';
import { PartialDateSchema, ProvenanceSchema } from './provenance';
import { LocalTextsSchema } from './local-names';
import { limits, requiredText, text } from './text';

const eventKinds = [
  'legislation',
  'institution',
  'letter-of-intent',
  'zone-notification',
  'governance',
  'plan',
  'mou',
  'claim',
  'context',
] as const;
const EventKindSchema = z.enum(eventKinds);
export type EventKind = z.infer<typeof EventKindSchema>;

export const EventSchema = z.object({
  id: requiredText(limits.id),
  /** Null where the source gives no date; such events are listed but never placed on a time axis. */
  date: z.nullable(PartialDateSchema),
  kind: EventKindSchema,
  title: requiredText(limits.name),
  description: text(limits.description),
  /** `title` and `description` in Chinese and Urdu where there are translations. */
  texts: LocalTextsSchema({ title: limits.name, description: limits.description }),
  zoneIds: z.array(requiredText(limits.id)),
  provenance: ProvenanceSchema,
});
export type CooperationEvent = z.infer<typeof EventSchema>;

/**
 * The kinds of event that count as cooperation milestones, on the deck's timeline and on chart time
 * axes alike; claims, plans, MoUs and background stay on the explore pages.
 */
export const milestoneKinds: readonly EventKind[] = [
  'legislation',
  'letter-of-intent',
  'institution',
  'governance',
  'zone-notification',
];
