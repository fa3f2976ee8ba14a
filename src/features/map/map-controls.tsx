import { projectionTable, regionPresets, type RegionPreset } from './projection';
import { metricSpecs, sizeMetrics, type SizeMetric } from './to-zone-metrics';
import type { MapView } from './use-map-state';

function Toggle<T extends string>({
  label,
  options,
  value,
  text,
  onChange,
}: {
  label: string;
  options: readonly T[];
  value: T;
  text: (option: T) => string;
  onChange: (option: T) => void;
}) {
  return (
    <div className="map-toggle" role="group" aria-label={label}>
      <span className="map-toggle-label" aria-hidden="true">
        {label}
      </span>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          className="map-toggle-button"
          aria-pressed={option === value}
          onClick={() => onChange(option)}
        >
          {text(option)}
        </button>
      ))}
    </div>
  );
}

interface MapControlsProps {
  region: RegionPreset;
  metric: SizeMetric;
  view: MapView;
  onRegion: (region: RegionPreset) => void;
  onMetric: (metric: SizeMetric) => void;
  onView: (view: MapView) => void;
}

/** Zoom presets, the size metric and map/list: each kept in the URL by the page. */
export function MapControls({ region, metric, view, onRegion, onMetric, onView }: MapControlsProps) {
  return (
    <div className="map-controls">
      <Toggle
        label="Show"
        options={['map', 'list'] as const}
        value={view}
        text={(v) => (v === 'map' ? 'Map' : 'List')}
        onChange={onView}
      />
      {view === 'map' && (
        <Toggle
          label="Zoom to"
          options={regionPresets}
          value={region}
          text={(r) => projectionTable[r].label}
          onChange={onRegion}
        />
      )}
      <Toggle
        label="Marker size"
        options={sizeMetrics}
        value={metric}
        text={(m) => metricSpecs[m].short}
        onChange={onMetric}
      />
    </div>
  );
}
