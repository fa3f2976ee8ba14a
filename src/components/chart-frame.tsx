import { useRef, type ReactNode } from 'react';
import type { Provenance } from '@/domain/provenance';
import type { FigureTable } from '@/lib/figure-table';
import { collectSources, hasKind } from '@/lib/sources';
import type { ExportMeta } from '@/lib/svg-export';
import { chartExportMeta } from './chart-export-meta';
import { ChartDownloads } from './chart-downloads';
import { ChartLegend, type ChartLegendItem } from './chart-legend';
import { ChartViewTabs, viewPanelId, viewTabId, type ChartView } from './chart-view-tabs';
import { DataTable } from './data-table';
import type { Freshness } from '@/lib/freshness';
import { defineMessages } from '@/lib/messages';
import { useLocale } from './language-provider';
import { FreshnessNote } from './freshness-note';
import { EmptyState, ErrorState, LoadingBlock, StaleNotice, type QueryFreshness } from './panel-states';
import { ChartNotes, type ChartNote } from './chart-notes';
import { ChartNotice } from './chart-notice';
import { SummaryBadge } from './chart-summary';
import { classes } from './classes';
import styles from './chart-frame.module.css';
import { ProvenanceBadge, provenanceText } from './provenance-badge';
import { SourceList } from './source-list';

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
});

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
  const ready = status === 'ready' && table !== null;

  const exportMeta = (): ExportMeta =>
    chartExportMeta(
      { title, subtitle, legend, summary, provenances, scopeNote, notes, sources },
      chartArea.current,
      t,
    );

  return (
    <section
      className={classes(styles.frame, ready && view === 'table' && styles.tableView)}
      aria-labelledby={titleId}
      aria-busy={status === 'pending'}
    >
      <header className={styles.head}>
        <div>
          <div className={styles.titleRow}>
            <h3 id={titleId} className={styles.title}>
              {title}
            </h3>
            {illustrative && <ProvenanceBadge kind="illustrative" />}
          </div>
          <p className={styles.subtitle}>{subtitle}</p>
        </div>
        {ready && <ChartViewTabs frameId={id} title={title} view={view} onChange={onViewChange} />}
      </header>
      {illustrative && (
        <ChartNotice illustrative>
          <span aria-hidden="true">{provenanceText('illustrative', t).mark} </span>
          {t.format(messages.illustrative)}
        </ChartNotice>
      )}
      {scopeNote && <ChartNotice>{scopeNote}</ChartNotice>}
      {status === 'pending' ? (
        <div className={styles.placeholder}>
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
            <p id={summaryId} className={styles.summary}>
              {summary}
              <SummaryBadge provenances={provenances} />
            </p>
          )}
          {view === 'chart' && <ChartLegend items={legend} label={t.format(messages.key, { title })} />}
          <div role="tabpanel" id={viewPanelId(id)} aria-labelledby={viewTabId(id, view)}>
            {view === 'chart' ? (
              <div className={styles.area} ref={chartArea} aria-describedby={summary ? summaryId : undefined}>
                {props.children}
              </div>
            ) : (
              <DataTable table={table} caption={title} />
            )}
          </div>
          <ChartNotes notes={notes} label={props.notesLabel} />
          {props.aside}
        </>
      )}
      <footer className={styles.foot}>
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
