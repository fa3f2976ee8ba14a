import { ProvenanceBadge, shortSource, SourceLine } from '@/components/provenance-badge';
import { colourOfZone, FALLBACK_COLOUR } from '@/domain/colours';
import type { Zone } from '@/domain/zone';
import { formatAsOf, formatDate } from '@/lib/format';
import { inKashmir } from './kashmir';
import { MarkerGlyph } from './zone-shape';
import type { Agreement } from './to-arcs';
import { statusStyles } from './to-markers';
import { metricSpecs, sizeMetrics, type ZoneFigures } from './to-zone-metrics';
import { figureText, formatArea, formatDates } from './zone-facts';
import { CoordinatesBadge } from './coordinates-badge';

/** Each date with a link to its own source when that is not the zone's (a later report of a withdrawal). */
function ZoneDates({ dates }: { dates: Zone['dates'] }) {
  if (!dates.some((d) => d.provenance)) return <>{formatDates(dates)}</>;
  return dates.map((d, i) => (
    <span key={`${d.kind}-${d.date}`}>
      {i > 0 && '; '}
      {d.kind.replace('-', ' ')} {formatDate(d.date)}
      {d.provenance && (
        <>
          {' ('}
          {d.provenance.url ? (
            <a href={d.provenance.url} target="_blank" rel="noreferrer" title={d.provenance.source}>
              {shortSource(d.provenance.source)}
            </a>
          ) : (
            shortSource(d.provenance.source)
          )}
          , {formatAsOf(d.provenance.asOf)})
        </>
      )}
    </span>
  ));
}

interface ZoneListProps {
  zones: readonly Zone[];
  figures: ZoneFigures;
  agreements: readonly Agreement[];
  selected: readonly string[];
  onSelect: (id: string, additive: boolean) => void;
}

/** The map as a table: the same zones and facts, for screen readers, small screens and copying. */
export function ZoneList({ zones, figures, agreements, selected, onSelect }: ZoneListProps) {
  const agreementOf = new Map(agreements.map((a) => [a.counterpartId, a]));
  const sorted = [...zones].sort(
    (a, b) =>
      (a.country === b.country ? 0 : a.country === 'CN' ? -1 : 1) || a.shortName.localeCompare(b.shortName),
  );
  return (
    <div className="zone-list-scroll">
      <table className="zone-list">
        <caption>
          Zones on the map ({zones.length}). Select a zone to filter the dashboard; Shift adds to the
          selection.
        </caption>
        <thead>
          <tr>
            <th scope="col">Zone</th>
            <th scope="col">Status</th>
            <th scope="col">Place</th>
            <th scope="col">Developer</th>
            <th scope="col">Area</th>
            <th scope="col">Dates</th>
            {sizeMetrics.map((m) => (
              <th key={m} scope="col">
                {metricSpecs[m].short}
              </th>
            ))}
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((zone) => {
            const isSelected = selected.includes(zone.id);
            const style = statusStyles[zone.status];
            const agreement = agreementOf.get(zone.id);
            return (
              <tr key={zone.id} className={isSelected ? 'is-selected' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="zone-toggle"
                    aria-pressed={isSelected}
                    onClick={(e) => onSelect(zone.id, e.shiftKey || e.metaKey || e.ctrlKey)}
                  >
                    {zone.shortName}
                  </button>
                  <span className="zone-fullname">{zone.name}</span>
                </th>
                <td>
                  <span className="status-cell">
                    <MarkerGlyph
                      shape={style.shape}
                      fill={zone.status === 'planned' ? FALLBACK_COLOUR : colourOfZone(zone.id)}
                    />
                    {style.label}
                  </span>
                  {zone.statusNote && zone.statusNote !== zone.status && (
                    <span className="fact-muted"> {zone.statusNote}</span>
                  )}
                </td>
                <td>
                  {zone.city}, {zone.province}
                  <span className="fact-muted">
                    {' '}
                    ({zone.coordinates.precision === 'city-centroid' ? 'city centre, approximate' : 'site'}
                    {inKashmir(zone.coordinates.lon, zone.coordinates.lat) ? '; disputed Kashmir region' : ''}
                    )
                  </span>
                  <CoordinatesBadge zone={zone} />
                </td>
                <td>{zone.developer ?? 'not given'}</td>
                <td>{formatArea(zone.area)}</td>
                <td>
                  <ZoneDates dates={zone.dates} />
                </td>
                {sizeMetrics.map((m) => {
                  const figure = figures.get(zone.id)?.[m];
                  return (
                    <td key={m} className="num">
                      {figure ? (
                        <>
                          <span className="nowrap">{figureText(figure)}</span>{' '}
                          <ProvenanceBadge kind={figure.provenance.kind} />
                        </>
                      ) : (
                        <span className="fact-muted">no figure</span>
                      )}
                    </td>
                  );
                })}
                <td>
                  <ProvenanceBadge kind={zone.provenance.kind} method={zone.provenance.method} />{' '}
                  <SourceLine provenance={zone.provenance} prefix="Source" />
                  {zone.notes && <span className="fact-muted"> Notes: {zone.notes}</span>}
                  {agreement && <SourceLine provenance={agreement.provenance} prefix="Agreement" />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
