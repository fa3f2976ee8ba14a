import './chart-frame.css';
import { useRef, type ReactNode } from 'react';
import { derivedProvenance, type Provenance } from '@/domain/provenance';
import type { FigureTable } from '@/lib/figure-table';
import { collectSources, hasKind, sourceLinesText } from '@/lib/sources';
import { resolveColours, type ExportMeta } from '@/lib/svg-export';
import { ChartDownloads } from './chart-downloads';
import { ChartLegend, type ChartLegendItem } from './chart-legend';
import { ChartViewTabs, viewPanelId, viewTabId, type ChartView } from './chart-view-tabs';
import { DataTable } from './data-table';
import type { Freshness } from '@/lib/freshness';
import { defineMessages, type Translator } from '@/lib/messages';
import { useLocale } from './language-provider';
import { FreshnessNote } from './freshness-note';
import { EmptyState, ErrorState, LoadingBlock, StaleNotice, type QueryFreshness } from './panel-states';
import { ProvenanceBadge, provenanceText, shortSource, SourceTitle } from './provenance-badge';
import { SourceList } from './source-list';

export interface ChartNote {
  /** The marker as drawn on the chart: "1", "A". */
  mark: string;
  text: string;
  /** A dated fact links to the source of that date (a milestone's report). */
  provenance?: Provenance;
}

export interface ChartFrameProps {
  /** Stable, unique on the page: element ids and the view state hang on it. */
  id: string;
  title: string;
  /** Unit and period, e.g. "US dollars, fiscal years FY2013–FY2025". */
  subtitle: string;
  status: 'pending' | 'error' | 'empty' | 'ready';
  error?: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  /** The panel's queries, so figures not from this visit are labelled as such. */
  dataQueries?: readonly QueryFreshness[];
  empty?: ReactNode;
  /** One sentence from the data, read first by executives and screen readers alike. */
  summary?: string | null;
  provenances: readonly Provenance[];
  /** Said above the chart, e.g. that national figures ignore zone and sector filters. */
  scopeNote?: string | null;
  legend?: readonly ChartLegendItem[];
  notes?: readonly ChartNote[];
  notesLabel?: string;
  /** Extra status inside the frame, e.g. events that could not be loaded. */
  aside?: ReactNode;
  table: FigureTable | null;
  view: ChartView;
  onViewChange: (view: ChartView) => void;
  csvPreamble?: readonly string[];
  /** When the series were last updated and the next release is due (GET /meta). */
  freshness?: Freshness | null;
  children: ReactNode;
}

const messages = defineMessages({
  /**
   * A summary states changes, shares and gaps no source printed ("up 90.8% on FY2024"): a derived
   * figure, as weak as the weakest figure it reads, and it says how it was made.
   */
  summaryMethod: {
    id: 'components.chart-frame.summary-method',
    defaultMessage:
      'Computed by the dashboard from the figures in this chart (see the table view for each one with its source): changes, shares and differences in this sentence are not printed by any source.',
    description:
      'How the one-sentence summary above a chart was made; shown in the summary badge, its tooltip and exported images.',
  },
  summaryExport: {
    id: 'components.chart-frame.summary-export',
    defaultMessage: '{summary} ({kind}: {method})',
    description:
      'A chart summary in an exported image: the sentence, then its provenance label (e.g. "Estimate") and how it was made.',
  },
  noteExport: {
    id: 'components.chart-frame.note-export',
    defaultMessage: '{mark} {text}{source, select, none {} other { ({source})}}',
    description:
      'A marker note in an exported image: its circled mark, its text, then the short name of its source if any.',
  },
  illustrative: {
    id: 'components.chart-frame.illustrative-notice',
    defaultMessage:
      'Illustrative figures, not real ones: no public breakdown exists, so a seeded generator splits a sourced total.',
    description: 'Notice above a chart with illustrative (generated) figures. Must be unmistakable.',
  },
  empty: {
    id: 'components.chart-frame.empty',
    defaultMessage: 'No figures to show.',
    description: 'A chart with no figures, when the chart gives no message of its own.',
  },
  key: {
    id: 'components.chart-frame.key',
    defaultMessage: 'Key to {title}',
    description: 'Accessible name of a chart’s legend; title is the chart’s title.',
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

/** The summary's own provenance: derived from every figure the chart shows; null with no figures. */
export function summaryProvenance(provenances: readonly Provenance[], t: Translator): Provenance | null {
  return provenances.length ? derivedProvenance(provenances, t.format(messages.summaryMethod)) : null;
}

/** The badge after a chart's summary sentence, on the page and on its slide. */
export function SummaryBadge({ provenances }: { provenances: readonly Provenance[] }) {
  const p = summaryProvenance(provenances, useLocale());
  if (!p) return null;
  return (
    <>
      {' '}
      <ProvenanceBadge kind={p.kind} method={p.method} />
    </>
  );
}

/**
 * A source's short name, linked when it has a link, for lists too tight for a full source line;
 * isolated so an English title keeps its brackets in place in Urdu.
 */
function SourceName({ provenance: p }: { provenance: Provenance }) {
  return (
    <span className="source-line">
      <bdi>
        <SourceTitle name={p.source} url={p.url} text={shortSource(p.source)} />
      </bdi>
    </span>
  );
}

/** Marker numbers as drawn in exported images: "3" → "③", so they never read as part of a date. */
const circled = (mark: string) =>
  /^([1-9]|1\d|20)$/.test(mark) ? String.fromCodePoint(0x2460 + Number(mark) - 1) : `(${mark})`;

/**
 * Everything around a chart: title, unit and period, summary, legend, the chart or its table,
 * markers' key, sources from the figures' provenance, downloads, and the panel's own states.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { id, title, subtitle, status, summary, provenances, scopeNote, legend = [], notes = [] } = props;
  const { table, view, onViewChange } = props;
  const t = useLocale();
  const chartArea = useRef<HTMLDivElement>(null);
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const sources = collectSources(provenances);
  const illustrative = hasKind(provenances, 'illustrative');
  const summaryOwn = summaryProvenance(provenances, t);
  const ready = status === 'ready' && table !== null;

  const exportMeta = (): ExportMeta => {
    const colours = chartArea.current
      ? resolveColours(
          chartArea.current,
          legend.map((l) => l.colour),
        )
      : [];
    return {
      title,
      subtitle,
      legend: legend.map((item, i) => ({
        label: item.label,
        fill: item.exportPatternId ? `url(#${item.exportPatternId})` : (colours[i] ?? item.colour),
        ...(item.line && { line: item.line === 'solid' ? ('solid' as const) : ('dashed' as const) }),
      })),
      notes: [
        ...(summary
          ? [
              summaryOwn
                ? t.format(messages.summaryExport, {
                    summary,
                    kind: provenanceText(summaryOwn.kind, t).label,
                    method: summaryOwn.method ?? '',
                  })
                : summary,
            ]
          : []),
        ...(scopeNote ? [scopeNote] : []),
        ...notes.map((n) =>
          t.format(messages.noteExport, {
            mark: circled(n.mark),
            text: n.text,
            source: n.provenance ? shortSource(n.provenance.source) : 'none',
          }),
        ),
      ],
      sourceLines: sourceLinesText(sources, t),
    };
  };

  return (
    <section
      className={`chart-frame${ready && view === 'table' ? ' chart-frame--table' : ''}`}
      aria-labelledby={titleId}
      aria-busy={status === 'pending'}
    >
      <header className="chart-frame-head">
        <div>
          <div className="chart-title-row">
            <h3 id={titleId} className="chart-title">
              {title}
            </h3>
            {illustrative && <ProvenanceBadge kind="illustrative" />}
          </div>
          <p className="chart-subtitle">{subtitle}</p>
        </div>
        {ready && <ChartViewTabs frameId={id} title={title} view={view} onChange={onViewChange} />}
      </header>
      {illustrative && (
        <p className="chart-notice chart-notice--illustrative">
          <span aria-hidden="true">{provenanceText('illustrative', t).mark} </span>
          {t.format(messages.illustrative)}
        </p>
      )}
      {scopeNote && <p className="chart-notice">{scopeNote}</p>}
      {status === 'pending' ? (
        <div className="chart-placeholder">
          <LoadingBlock label={title} lines={5} />
        </div>
      ) : status === 'error' ? (
        <ErrorState error={props.error} onRetry={() => props.onRetry?.()} retrying={props.retrying} />
      ) : !ready ? (
        <EmptyState>{props.empty ?? t.format(messages.empty)}</EmptyState>
      ) : (
        <>
          <StaleNotice queries={props.dataQueries ?? []} />
          {summary && (
            <p id={summaryId} className="chart-summary">
              {summary}
              <SummaryBadge provenances={provenances} />
            </p>
          )}
          {view === 'chart' && <ChartLegend items={legend} label={t.format(messages.key, { title })} />}
          <div role="tabpanel" id={viewPanelId(id)} aria-labelledby={viewTabId(id, view)}>
            {view === 'chart' ? (
              <div className="chart-area" ref={chartArea} aria-describedby={summary ? summaryId : undefined}>
                {props.children}
              </div>
            ) : (
              <DataTable table={table} caption={title} />
            )}
          </div>
          {notes.length > 0 && (
            <ol className="chart-notes" aria-label={props.notesLabel ?? t.format(messages.notesLabel)}>
              {notes.map((n) => (
                <li key={n.mark}>
                  <span className="chart-note-mark" aria-hidden="true">
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
          )}
          {props.aside}
        </>
      )}
      <footer className="chart-frame-foot">
        <div>
          <SourceList sources={sources} />
          <FreshnessNote freshness={props.freshness} />
        </div>
        {ready && (
          <ChartDownloads
            title={title}
            table={table}
            csvPreamble={props.csvPreamble}
            chartArea={view === 'chart' ? chartArea : null}
            exportMeta={exportMeta}
          />
        )}
      </footer>
    </section>
  );
}
