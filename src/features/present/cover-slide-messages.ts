/** The cover slide's words: its title, the data line, the keys and its speaker notes. */
import { defineMessages } from '@/lib/messages';

export const coverMessages = defineMessages({
  title: {
    id: 'present.cover.title',
    defaultMessage: 'China–Pakistan technology cooperation',
    description: 'Title of the deck’s first slide and of the exported PowerPoint.',
  },
  subtitle: {
    id: 'present.cover.subtitle',
    defaultMessage: 'Where the corridor stands since the 2022 STZA–SEDA Letter of Intent',
    description:
      'Subtitle of the cover slide. STZA: Pakistan’s Special Technology Zones Authority; SEDA: Shenyang Economic and Technological Development Area.',
  },
  lede: {
    id: 'present.cover.lede',
    defaultMessage:
      'The zones, the money, the people and the milestones. Every figure says where it comes from; where sources disagree, both are shown.',
    description: 'The cover slide’s opening sentence, large type.',
  },
  showing: {
    id: 'present.cover.showing',
    defaultMessage: 'Showing',
    description: 'Cover slide term: the filters the deck shows follow it.',
  },
  data: {
    id: 'present.cover.data',
    defaultMessage: 'Data',
    description: 'Cover slide term: where the data comes from follows it.',
  },
  missingTerm: {
    id: 'present.cover.missing',
    defaultMessage: 'Missing',
    description: 'Cover slide term: the slides whose data did not load follow it.',
  },
  missing: {
    id: 'present.cover.missing-text',
    defaultMessage:
      'Data did not load for {count, plural, one {one slide} other {# slides}}: {titles}. Each says what is missing.',
    description: 'On the cover and in its notes; titles is the list of slide titles.',
  },
  demoData: {
    id: 'present.cover.demo-data',
    defaultMessage: 'Demo data embedded in the dashboard; every figure keeps its real source',
    description: 'Cover slide, after "Data": the static build with its embedded demo API.',
  },
  liveData: {
    id: 'present.cover.live-data',
    defaultMessage: 'Live API, {url}',
    description: 'Cover slide, after "Data": the data service the dashboard reads; url is its address.',
  },
  keys: {
    id: 'present.cover.keys',
    defaultMessage: 'Keys',
    description: 'Accessible name of the list of keyboard keys on the cover (on screen only).',
  },
  next: { id: 'present.cover.key-next', defaultMessage: 'next', description: 'What a key does: next slide.' },
  previous: {
    id: 'present.cover.key-previous',
    defaultMessage: 'previous',
    description: 'What a key does: previous slide.',
  },
  goTo: {
    id: 'present.cover.key-go-to',
    defaultMessage: 'go to slide',
    description: 'What the number keys 1–9 do.',
  },
  fullScreen: {
    id: 'present.cover.key-full-screen',
    defaultMessage: 'full screen',
    description: 'What the F key does.',
  },
  notes: {
    id: 'present.cover.key-notes',
    defaultMessage: 'speaker notes',
    description: 'What the N key does: opens the speaker notes window.',
  },
  auto: {
    id: 'present.cover.key-auto',
    defaultMessage: 'auto-advance',
    description: 'What the P key does: starts or pauses turning the slides by themselves.',
  },
  leave: {
    id: 'present.cover.key-leave',
    defaultMessage: 'leave',
    description: 'What Esc does: leaves the deck.',
  },
  escKey: {
    id: 'present.cover.key-esc',
    defaultMessage: 'Esc',
    description: 'The Escape key as printed on keyboards; keep "Esc" unless keyboards there print otherwise.',
  },
  filtersNote: {
    id: 'present.cover.notes-filters',
    defaultMessage: 'This deck shows: {filters}.',
    description:
      'Speaker note on the cover; filters is the filters label ("All zones · all sectors · all years").',
  },
  dataNote: {
    id: 'present.cover.notes-data',
    defaultMessage: 'Data: {data}.',
    description: 'Speaker note on the cover; data says where the figures come from.',
  },
  badgesNote: {
    id: 'present.cover.notes-badges',
    defaultMessage:
      'Badges: ● sourced, ◆ announcement (the 2022 LoI announcement only), ≈ estimate, ✳ illustrative (generated, not real).',
    description: 'Speaker note on the cover: the provenance marks. Keep the marks ● ◆ ≈ ✳ as they are.',
  },
  sourcesNote: {
    id: 'present.cover.sources-note',
    defaultMessage: 'Each slide names its sources in this footer; the last slide lists them all.',
    description: 'Footer of the cover slide, where other slides list their sources.',
  },
});
