import { useLocale } from '@/components/language-provider';
import { ErrorState, failureOf, LoadingBlock } from '@/components/panel-states';
import { useViewFilters } from '@/hooks/use-view-filters';
import { defineMessages } from '@/lib/messages';
import { BorderNote } from './border-note';
import { MapControls } from './map-controls';
import { MapHead } from './map-head';
import { MapLegend } from './map-legend';
import { MapPanel, nextSelection } from './map-panel';
import styles from './map-page.module.css';
import { SelectionBar } from './selection-bar';
import { useMapData } from './use-map-data';
import { useMapState } from './use-map-state';
import { ZoneList } from './zone-list';

const messages = defineMessages({
  hint: {
    id: 'map.page.hint',
    defaultMessage:
      'Drag to pan; pinch or Ctrl + scroll to zoom. On the focused map, arrow keys pan, + and − zoom, 0 resets; Tab reaches each zone, Enter selects it (Shift + Enter adds), Escape clears.',
    description:
      'Under the map: how to move it with pointer and keyboard. Ctrl, Tab, Enter, Shift, Escape are keys.',
  },
  loadingList: {
    id: 'map.page.loading-list',
    defaultMessage: 'zone list',
    description: 'What is loading, in "Still loading {what}…" (the list view of the map).',
  },
});

/** The corridor map page: presets, size metric, map or list, the selection, legend and border note. */
export function MapPage() {
  const t = useLocale();
  const [{ region, size, view }, setState] = useMapState();
  const { zones, observations, figures, agreements } = useMapData();
  const { filters, setFilters } = useViewFilters();
  const select = (id: string, additive: boolean) =>
    setFilters({ zones: nextSelection(filters.zones, id, additive) });

  return (
    <section className={`page ${styles.page}`} aria-labelledby="map-title">
      <MapHead />
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
      <div className={view === 'list' ? `${styles.layout} ${styles.layoutList}` : styles.layout}>
        <div>
          {view === 'map' ? (
            <>
              <MapPanel region={region} metric={size} />
              <p className={styles.hint}>{t.format(messages.hint)}</p>
            </>
          ) : failureOf(zones) ? (
            <ErrorState
              error={failureOf(zones)}
              onRetry={() => void zones.refetch()}
              retrying={zones.isFetching}
            />
          ) : !zones.data ? (
            <LoadingBlock label={t.format(messages.loadingList)} lines={8} />
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
          figuresKnown={observations.isSuccess}
          agreements={agreements}
          zones={zones.data ?? []}
        />
      </div>
    </section>
  );
}
