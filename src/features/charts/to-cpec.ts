import type { Observation } from '@/domain/observation';
import { formatDate, formatPeriod, formatValue } from '@/lib/format';
import type { Shaped, TimeChartModel } from './chart-model';
import { emptyDatum, figureRow, setValue } from './figure-rows';
import { seriesPaint } from './palette';
import { datePosition } from './time-axis';
import { markersWithin, type EventMarker } from './to-event-markers';

/** "$46bn, stated Apr 2015"; a span says what it covers: "$25.4bn over 2013–2023". */
function describe(o: Observation): string {
  const value = formatValue(o.value, 'USD');
  return /^\d{4}-\d{4}$/.test(o.period) ? `${value} over ${formatPeriod(o.period)}` : value;
}

type Dated = Observation & { provenance: Observation['provenance'] & { asOf: string } };

/**
 * CPEC's headline figures are separate statements of different things (a package announced,
 * early-harvest projects, investment realised), so they are drawn as dated, labelled points
 * at the date each was stated, never joined into a series.
 */
export function toCpecChart(
  observations: readonly Observation[],
  markers: readonly EventMarker[],
): Shaped<TimeChartModel> | null {
  // Placed at the date each was stated: a statement without a date cannot be placed, and is not.
  const list = observations
    .filter((o): o is Dated => o.indicatorId === 'cpec-headline' && o.provenance.asOf !== null)
    .sort((a, b) => a.provenance.asOf.localeCompare(b.provenance.asOf));
  if (list.length === 0) return null;
  const data = list.map((o) => {
    const d = emptyDatum(
      `${o.period}-${o.provenance.asOf}`,
      datePosition(o.provenance.asOf),
      `Stated ${formatDate(o.provenance.asOf)}`,
    );
    setValue(d, 'cpec', o, 'USD');
    d.display.cpec = describe(o);
    d.labels = { cpec: describe(o).replace(/(\d{4})–\d{2}(\d{2})$/, '$1–$2') };
    return d;
  });
  const first = Math.floor(Number(data[0]?.x));
  const last = Math.ceil(Number(data.at(-1)?.x));
  const domain: [number, number] = [first - 1, last + 2];
  const ticks = Array.from({ length: last + 2 - first }, (_, i) => ({
    position: first + i,
    label: String(first + i),
  }));
  return {
    model: {
      unit: 'USD',
      series: [
        {
          key: 'cpec',
          label: 'CPEC headline figure (each a separate statement)',
          paint: seriesPaint.china,
          type: 'dots',
          marker: 'square',
        },
      ],
      data,
      domain,
      ticks,
      markers: markersWithin(markers, domain),
    },
    table: {
      columns: [
        { key: 'stated', header: 'Stated' },
        { key: 'covers', header: 'Covers' },
        { key: 'value', header: 'Value (US dollars)', numeric: true },
      ],
      rows: list.map((o) =>
        figureRow(`${o.period}-${o.provenance.asOf}`, o, 'USD', {
          stated: o.provenance.asOf,
          covers: formatPeriod(o.period),
        }),
      ),
    },
    provenances: list.map((o) => o.provenance),
    summary: `${list.length === 1 ? 'One CPEC headline figure' : `${list.length} CPEC headline figures`}, each a separate statement rather than a series: ${list
      .map((o) => `${describe(o)} (stated ${formatDate(o.provenance.asOf)})`)
      .join(', ')
      .replace(/, ([^,]*)$/, ' and $1')}.`,
  };
}
