import { useState, type RefObject } from 'react';
import styles from './chart-downloads.module.css';
import { useLocale } from './language-provider';
import { defineMessages } from '@/lib/messages';
import { downloadText } from '@/lib/csv';
import { slugify } from '@/lib/download';
import { figureTableToCsv, type FigureTable } from '@/lib/figure-table';
import { exportChartImage, type ExportMeta } from '@/lib/svg-export';

const messages = defineMessages({
  png: {
    id: 'components.chart-downloads.png',
    defaultMessage: 'Download PNG',
    description: 'Button under a chart: save it as a PNG image.',
  },
  svg: {
    id: 'components.chart-downloads.svg',
    defaultMessage: 'Download SVG',
    description: 'Button under a chart: save it as an SVG image.',
  },
  csv: {
    id: 'components.chart-downloads.csv',
    defaultMessage: 'Download CSV',
    description: 'Button under a chart: save its figures as a CSV file.',
  },
  group: {
    id: 'components.chart-downloads.group',
    defaultMessage: 'Download {title}',
    description: 'Accessible name of the group of download buttons; title is the chart’s title.',
  },
  notDrawn: {
    id: 'components.chart-downloads.not-drawn',
    defaultMessage: 'The chart is not drawn yet; try again in a moment.',
    description: 'Status after a download button, when the chart is still being drawn.',
  },
  downloaded: {
    id: 'components.chart-downloads.downloaded',
    defaultMessage: 'Downloaded {file}',
    description: 'Status after a download; file is the file name, e.g. "fdi-net.png".',
  },
  failed: {
    id: 'components.chart-downloads.failed',
    defaultMessage: 'The image could not be made: {reason}',
    description: 'Status when an image export failed; reason is the browser’s error message.',
  },
});

interface ChartDownloadsProps {
  title: string;
  table: FigureTable;
  csvPreamble?: readonly string[];
  /** The chart area; absent while the table is shown, so only the CSV is offered. */
  chartArea: RefObject<HTMLElement | null> | null;
  /** Built on demand: legend colours are resolved in the current theme at the moment of export. */
  exportMeta: () => ExportMeta;
}

/** PNG and SVG of the chart with its title and sources drawn in; CSV of its figures with provenance. */
export function ChartDownloads({ title, table, csvPreamble, chartArea, exportMeta }: ChartDownloadsProps) {
  const [status, setStatus] = useState('');
  const locale = useLocale();
  const filename = slugify(title);

  const image = async (format: 'png' | 'svg') => {
    const area = chartArea?.current;
    const svg = area?.querySelector('svg');
    if (!area || !svg) return setStatus(locale.format(messages.notDrawn));
    try {
      await exportChartImage(svg, exportMeta(), { format, filename, themeFrom: area });
      setStatus(locale.format(messages.downloaded, { file: `${filename}.${format}` }));
    } catch (error) {
      setStatus(
        locale.format(messages.failed, { reason: error instanceof Error ? error.message : String(error) }),
      );
    }
  };
  const csv = () => {
    downloadText(
      `${filename}.csv`,
      figureTableToCsv(table, [title, ...(csvPreamble ?? [])], locale),
      'text/csv;charset=utf-8',
    );
    setStatus(locale.format(messages.downloaded, { file: `${filename}.csv` }));
  };

  return (
    <div className={styles.downloads} role="group" aria-label={locale.format(messages.group, { title })}>
      {chartArea && (
        <>
          <button type="button" className={`button ${styles.quiet}`} onClick={() => void image('png')}>
            {locale.format(messages.png)}
          </button>
          <button type="button" className={`button ${styles.quiet}`} onClick={() => void image('svg')}>
            {locale.format(messages.svg)}
          </button>
        </>
      )}
      <button type="button" className={`button ${styles.quiet}`} onClick={csv}>
        {locale.format(messages.csv)}
      </button>
      <span className={styles.status} role="status">
        {status}
      </span>
    </div>
  );
}
