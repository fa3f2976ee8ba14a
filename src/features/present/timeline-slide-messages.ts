/** The milestones slide's words: its title, headings, empty and missing states, and its notes. */
import { defineMessages } from '@/lib/messages';

export const timelineMessages = defineMessages({
  title: {
    id: 'present.timeline.title',
    defaultMessage: 'Milestones of the corridor',
    description: 'Title of the milestones slide.',
  },
  subtitle: {
    id: 'present.timeline.subtitle',
    defaultMessage: '{count, plural, one {# milestone, {first}} other {# milestones, {first} to {last}}}',
    description: 'Subtitle of the milestones slide; first and last are dates ("4 Oct 2021").',
  },
  subtitleEmpty: {
    id: 'present.timeline.subtitle-empty',
    defaultMessage: 'Laws, letters of intent, governance and zones',
    description: 'Subtitle of the milestones slide before its data has loaded.',
  },
  what: {
    id: 'present.timeline.what',
    defaultMessage: 'Milestones',
    description:
      'What is missing when the milestones did not load ("Data missing on this slide: Milestones").',
  },
  loading: {
    id: 'present.timeline.loading',
    defaultMessage: 'milestones',
    description: 'Completes "Loading …" while the milestones load.',
  },
  emptyFiltered: {
    id: 'present.timeline.empty-filtered',
    defaultMessage: 'No milestones in the selected period.',
    description: 'The milestones slide with a period filter that leaves none.',
  },
  empty: {
    id: 'present.timeline.empty',
    defaultMessage: 'No milestones were returned.',
    description: 'The milestones slide when the data service returned none.',
  },
  note: {
    id: 'present.timeline.note',
    defaultMessage: '{date}: {title}. {source}, {asOf}.',
    description:
      'Speaker note per milestone: date, title (from the data, translated where it has one), source title, "as of …".',
  },
  line: {
    id: 'present.timeline.line',
    defaultMessage: '{date}: {title}',
    description: 'One milestone in the PowerPoint export: date, then its title.',
  },
  legislation: {
    id: 'present.timeline.kind-legislation',
    defaultMessage: 'Law',
    description: 'Kind of milestone.',
  },
  institution: {
    id: 'present.timeline.kind-institution',
    defaultMessage: 'Institution',
    description: 'Kind of milestone: a body set up.',
  },
  letterOfIntent: {
    id: 'present.timeline.kind-letter-of-intent',
    defaultMessage: 'Letter of Intent',
    description: 'Kind of milestone.',
  },
  zoneNotification: {
    id: 'present.timeline.kind-zone-notification',
    defaultMessage: 'Zones notified',
    description: 'Kind of milestone: zones notified (declared in the official gazette).',
  },
  governance: {
    id: 'present.timeline.kind-governance',
    defaultMessage: 'Governance',
    description: 'Kind of milestone: a change in who runs STZA.',
  },
  plan: { id: 'present.timeline.kind-plan', defaultMessage: 'Plan', description: 'Kind of milestone.' },
  mou: {
    id: 'present.timeline.kind-mou',
    defaultMessage: 'Agreement',
    description: 'Kind of milestone: a memorandum of understanding.',
  },
  claim: {
    id: 'present.timeline.kind-claim',
    defaultMessage: 'Claim',
    description: 'Kind of milestone: something announced but not confirmed.',
  },
  context: {
    id: 'present.timeline.kind-context',
    defaultMessage: 'Context',
    description: 'Kind of milestone.',
  },
  withdrawn: {
    id: 'present.timeline.kind-withdrawn',
    defaultMessage: 'Withdrawn',
    description: 'Kind of milestone: a zone withdrawn.',
  },
});
