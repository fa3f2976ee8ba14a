import type { Locale } from '@/lib/locale';
import type { SlideSpec } from '@/components/slide-spec';
import styles from './cover-slide.module.css';
import { listIn } from './list-in';
import { coverMessages as messages } from './cover-slide-messages';

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
