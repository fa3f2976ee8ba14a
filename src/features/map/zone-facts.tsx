import { ProvenanceBadge, shortSource } from '@/components/provenance-badge';
import type { Zone } from '@/domain/zone';
import { formatAsOf, formatDate, formatValue } from '@/lib/format';
import type { Agreement } from './to-arcs';
import { statusStyles } from './to-markers';
import { metricSpecs, sizeMetrics, type SizeMetric, type ZoneFigure } from './to-zone-metrics';
import { CoordinatesBadge } from './coordinates-badge';

export function formatArea(area: Zone['area']): string {
  if (!area) return 'not given';
  const value = formatValue(area.value, 'count');
  return `${value} ${area.unit}${area.note ? ` (${area.note})` : ''}`;
}

/** Each date with its own source when that is not the zone's (a later report of a withdrawal, say). */
export function formatDates(dates: Zone['dates']): string {
  if (dates.length === 0) return 'none given';
  return dates
    .map(
      (d) =>
        `${d.kind.replace('-', ' ')} ${formatDate(d.date)}${d.provenance ? ` (${shortSource(d.provenance.source)}, ${formatAsOf(d.provenance.asOf)})` : ''}`,
    )
    .join('; ');
}

export const figureText = (figure: ZoneFigure): string =>
  `${formatValue(figure.value, metricSpecs[figure.metric].unit)} (${figure.period})`;

function locationText(zone: Zone, disputed: boolean): string {
  const approx =
    zone.coordinates.precision === 'city-centroid'
      ? `Location approximate: the centre of ${zone.city}, not the zone's site.`
      : 'Site coordinates.';
  return disputed ? `${approx} In the disputed Kashmir region.` : approx;
}

/** One figure with its provenance kind in words and shape, never a bare number. */
function FigureLine({ metric, figure }: { metric: SizeMetric; figure: ZoneFigure | undefined }) {
  const spec = metricSpecs[metric];
  if (!figure)
    return <span className="fact-muted">{spec.label}: no figure for the selected period and sectors</span>;
  return (
    <span>
      {spec.short}: <strong>{figureText(figure)}</strong> <ProvenanceBadge kind={figure.provenance.kind} />
    </span>
  );
}

interface ZoneFactsProps {
  zone: Zone;
  figures: Partial<Record<SizeMetric, ZoneFigure>>;
  disputed: boolean;
  agreement: Agreement | undefined;
}

/**
 * The tooltip's facts, compact enough to fit beside a marker in a 340-pixel frame: what, where
 * (and how exactly), status, who, how big, when, figures with their kind, and the source.
 */
export function ZoneFacts({ zone, figures, disputed, agreement }: ZoneFactsProps) {
  const style = statusStyles[zone.status];
  return (
    <>
      <p className="facts-title">{zone.name}</p>
      <p className="facts-place">
        {zone.city}, {zone.province} · {zone.country === 'PK' ? 'Pakistan' : 'China'}.{' '}
        {locationText(zone, disputed)}
        <CoordinatesBadge zone={zone} />
      </p>
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <span aria-hidden="true">{style.glyph} </span>
          {style.label}
          {zone.statusNote && zone.statusNote !== zone.status ? `: ${zone.statusNote}` : ''}
        </dd>
        <dt>Developer</dt>
        <dd>{zone.developer ?? 'not given'}</dd>
        <dt>Area</dt>
        <dd>
          {formatArea(zone.area)}. Dates: {formatDates(zone.dates)}
        </dd>
        {zone.notes && (
          <>
            <dt>Notes</dt>
            <dd>{zone.notes}</dd>
          </>
        )}
        {zone.status === 'counterpart' ? (
          <>
            <dt>Agreement</dt>
            <dd>
              {agreement
                ? `${agreement.title}${agreement.date ? `, ${formatDate(agreement.date)}` : ''} (${shortSource(agreement.provenance.source)})`
                : 'none in the data'}
            </dd>
          </>
        ) : (
          <>
            <dt>Figures</dt>
            <dd className="facts-figures">
              {sizeMetrics.map((m) => (
                <FigureLine key={m} metric={m} figure={figures[m]} />
              ))}
            </dd>
          </>
        )}
        <dt>Source</dt>
        <dd>
          <ProvenanceBadge kind={zone.provenance.kind} method={zone.provenance.method} />{' '}
          {shortSource(zone.provenance.source, 64)}, {formatAsOf(zone.provenance.asOf)}
        </dd>
      </dl>
    </>
  );
}
