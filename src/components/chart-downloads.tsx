import { useState, type RefObject } from 'react';
import { useLocale } from './language-provider';
import { downloadText } from '@/lib/csv';
import { slugify } from '@/lib/download';
import { figureTableToCsv, type FigureTable } from '@/lib/figure-table';
import { exportChartImage, type ExportMeta } from '@/lib/svg-export';

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
    if (!area || !svg) return setStatus('The chart is not drawn yet; try again in a moment.');
    try {
      await exportChartImage(svg, exportMeta(), { format, filename, themeFrom: area });
      setStatus(`Downloaded ${filename}.${format}`);
    } catch (error) {
      setStatus(`The image could not be made: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const csv = () => {
    downloadText(
      `${filename}.csv`,
      figureTableToCsv(table, [title, ...(csvPreamble ?? [])], locale),
      'text/csv;charset=utf-8',
    );
    setStatus(`Downloaded ${filename}.csv`);
  };

  return (
    <div className="chart-downloads" role="group" aria-label={`Download ${title}`}>
      {chartArea && (
        <>
          <button type="button" className="button button--quiet" onClick={() => void image('png')}>
            Download PNG
          </button>
          <button type="button" className="button button--quiet" onClick={() => void image('svg')}>
            Download SVG
          </button>
        </>
      )}
      <button type="button" className="button button--quiet" onClick={csv}>
        Download CSV
      </button>
      <span className="chart-download-status" role="status">
        {status}
      </span>
    </div>
  );
}
