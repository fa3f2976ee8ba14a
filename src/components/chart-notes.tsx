import type { Provenance } from '@/domain/provenance';
import { defineMessages, type Translator } from '@/lib/messages';
import styles from './chart-notes.module.css';
import { useLocale } from './language-provider';
import { shortSource, SourceTitle } from './source-line';
import sourceStyles from './source-line.module.css';

export interface ChartNote {
  /** The marker as drawn on the chart: "1", "A". */
  mark: string;
  text: string;
  /** A dated fact links to the source of that date (a milestone's report). */
  provenance?: Provenance;
}

const messages = defineMessages({
  noteExport: {
    id: 'components.chart-frame.note-export',
    defaultMessage: '{mark} {text}{source, select, none {} other { ({source})}}',
    description:
      'A marker note in an exported image: its circled mark, its text, then the short name of its source if any.',
  },
  notesLabel: {
    id: 'components.chart-frame.notes-label',
    defaultMessage: 'Marked on the chart',
    description: 'Accessible name of the list of numbered markers under a chart.',
  },
  noteSource: {
    id: 'components.chart-frame.note-source',
    defaultMessage: '{text} ({source})',
    description: 'A marker note on the page, then the linked short name of its source in brackets.',
  },
});

/**
 * A source's short name, linked when it has a link, for lists too tight for a full source line;
 * isolated so an English title keeps its brackets in place in Urdu.
 */
function SourceName({ provenance: p }: { provenance: Provenance }) {
  return (
    <span className={sourceStyles.sourceLine} data-source-line="">
      <bdi>
        <SourceTitle name={p.source} url={p.url} text={shortSource(p.source)} />
      </bdi>
    </span>
  );
}

/** Marker numbers as drawn in exported images: "3" → "③", so they never read as part of a date. */
const circled = (mark: string) =>
  /^([1-9]|1\d|20)$/.test(mark) ? String.fromCodePoint(0x2460 + Number(mark) - 1) : `(${mark})`;

/** A marker's note as written under an exported image: circled mark, text, short source. */
export function chartNoteExport(n: ChartNote, t: Translator): string {
  return t.format(messages.noteExport, {
    mark: circled(n.mark),
    text: n.text,
    source: n.provenance ? shortSource(n.provenance.source) : 'none',
  });
}

/** The key to the markers drawn on a chart, each note linked to the source of its date. */
export function ChartNotes({ notes, label }: { notes: readonly ChartNote[]; label?: string }) {
  const t = useLocale();
  if (notes.length === 0) return null;
  return (
    <ol className={styles.notes} aria-label={label ?? t.format(messages.notesLabel)}>
      {notes.map((n) => (
        <li key={n.mark}>
          <span className={styles.mark} aria-hidden="true" data-chart-mark="">
            {n.mark}
          </span>{' '}
          {n.provenance
            ? t.formatRich(messages.noteSource, {
                text: n.text,
                source: <SourceName key="source" provenance={n.provenance} />,
              })
            : n.text}
        </li>
      ))}
    </ol>
  );
}
