import './map.css';
import { ErrorState, failureOf, LoadingBlock } from '@/components/panel-states';
import { useViewFilters } from '@/hooks/use-view-filters';
import { BorderNote } from './border-note';
import { MapControls } from './map-controls';
import { MapLegend } from './map-legend';
import { MapPanel, nextSelection } from './map-panel';
import { SelectionBar } from './selection-bar';
import { useMapData } from './use-map-data';
import { useMapState } from './use-map-state';
import { ZoneList } from './zone-list';

/** The corridor map page: presets, size metric, map or list, the selection, legend and border note. */
export function MapPage() {
  const [{ region, size, view }, setState] = useMapState();
  const { zones, figures, agreements } = useMapData();
  const { filters, setFilters } = useViewFilters();
  const select = (id: string, additive: boolean) =>
    setFilters({ zones: nextSelection(filters.zones, id, additive) });

  return (
    <section className="page map-page" aria-labelledby="map-title">
      <div className="page-head">
        <h2 id="map-title" className="page-title">
          Map
        </h2>
        <p className="page-lede">
          SEDA in Shenyang and Z-Park in Beijing, Pakistan&apos;s Special Technology Zones, and the agreements
          that link them. Select a zone to filter every page; hover or focus a marker for its facts and
          sources.
        </p>
      </div>
      <MapControls
        region={region}
        metric={size}
        view={view}
        onRegion={(r) => void setState({ region: r })}
        onMetric={(m) => void setState({ size: m })}
        onView={(v) => void setState({ view: v })}
      />
      <SelectionBar
        zones={zones.data ?? []}
        selected={filters.zones}
        onRemove={(id) => setFilters({ zones: filters.zones.filter((z) => z !== id) })}
        onClear={() => setFilters({ zones: [] })}
      />
      <div className={`map-layout map-layout--${view}`}>
        <div className="map-main">
          {view === 'map' ? (
            <>
              <MapPanel region={region} metric={size} />
              <p className="map-hint">
                Drag to pan; pinch or Ctrl + scroll to zoom. On the focused map, arrow keys pan, + and − zoom,
                0 resets; Tab reaches each zone, Enter selects it (Shift + Enter adds), Escape clears.
              </p>
            </>
          ) : failureOf(zones) ? (
            <ErrorState
              error={failureOf(zones)}
              onRetry={() => void zones.refetch()}
              retrying={zones.isFetching}
            />
          ) : !zones.data ? (
            <LoadingBlock label="zone list" lines={8} />
          ) : (
            <ZoneList
              zones={zones.data}
              figures={figures}
              agreements={agreements}
              selected={filters.zones}
              onSelect={select}
            />
          )}
          <BorderNote />
        </div>
        <MapLegend
          metric={size}
          region={region}
          figures={figures}
          agreements={agreements}
          zones={zones.data ?? []}
        />
      </div>
    </section>
  );
}
