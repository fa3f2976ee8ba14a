import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { SlideSpec } from '@/components/slide-spec';
import styles from './cover-slide.module.css';
import { listIn } from './list-in';

const messages = defineMessages({
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

/** Where the figures come from: the embedded demo API or a live data service. */
export interface DeckData {
  demo: boolean;
  apiBaseUrl: string;
}

/** The keys, with the arrows in reading order: in Urdu ← is next (docs/i18n.md, "Deck keys"). */
function keysOf(t: Locale): [string, string][] {
  const [forward, back] = t.dir === 'rtl' ? ['←', '→'] : ['→', '←'];
  return [
    [forward, t.format(messages.next)],
    [back, t.format(messages.previous)],
    ['1–9', t.format(messages.goTo)],
    ['F', t.format(messages.fullScreen)],
    ['N', t.format(messages.notes)],
    ['P', t.format(messages.auto)],
    [t.format(messages.escKey), t.format(messages.leave)],
  ];
}

/** The title of the deck, for the exported file. */
export const deckTitle = (t: Locale): string => t.format(messages.title);

/** The first slide: what the deck covers, which filters it shows, and (on screen only) the keys. */
export function coverSlide(
  t: Locale,
  {
    filtersLabel,
    data,
    missing = [],
  }: {
    filtersLabel: string;
    data: DeckData;
    /** Titles of the slides whose data did not load. */
    missing?: readonly string[];
  },
): SlideSpec {
  const missingText = missing.length
    ? t.format(messages.missing, { count: missing.length, titles: listIn(t, missing) })
    : null;
  const dataLabel = data.demo
    ? t.format(messages.demoData)
    : t.format(messages.liveData, { url: data.apiBaseUrl });
  const lede = t.format(messages.lede);
  const keys = keysOf(t);
  return {
    id: 'cover',
    title: t.format(messages.title),
    subtitle: t.format(messages.subtitle),
    render: () => (
      <div className={styles.cover}>
        <p className={styles.lede}>{lede}</p>
        <dl className={styles.facts}>
          <dt>{t.format(messages.showing)}</dt>
          <dd>{filtersLabel}</dd>
          <dt>{t.format(messages.data)}</dt>
          <dd>{dataLabel}</dd>
          {missingText && (
            <>
              <dt>{t.format(messages.missingTerm)}</dt>
              <dd className={styles.missing}>{missingText}</dd>
            </>
          )}
        </dl>
        <ul className={styles.keys} data-screen-only aria-label={t.format(messages.keys)}>
          {keys.map(([key, action]) => (
            <li key={key}>
              {/* Key names are Latin: "1–9" must not read "9–1" in Urdu. */}
              <kbd dir="ltr">{key}</kbd>
              {action}
            </li>
          ))}
        </ul>
      </div>
    ),
    notes: [
      t.format(messages.filtersNote, { filters: filtersLabel }),
      t.format(messages.dataNote, { data: dataLabel }),
      ...(missingText ? [missingText] : []),
      t.format(messages.badgesNote),
    ],
    pptxLayout: 'title',
    pptx: () => ({
      kind: 'facts',
      lede,
      facts: [
        { term: t.format(messages.showing), text: filtersLabel },
        { term: t.format(messages.data), text: dataLabel },
        ...(missingText ? [{ term: t.format(messages.missingTerm), text: missingText }] : []),
      ],
    }),
    sources: [],
    sourcesNote: t.format(messages.sourcesNote),
    illustrative: false,
  };
}
