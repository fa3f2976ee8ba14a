import { useLocale } from '@/components/language-provider';
import { defineMessages } from '@/lib/messages';
import styles from './map-controls.module.css';
import { metricShort, regionLabel } from './map-messages';
import { regionPresets, type RegionPreset } from './projection';
import { sizeMetrics, type SizeMetric } from './to-zone-metrics';
import type { MapView } from './use-map-state';

const messages = defineMessages({
  show: { id: 'map.controls.show', defaultMessage: 'Show', description: 'Label of the map / list toggle.' },
  view: {
    id: 'map.controls.view',
    defaultMessage: '{view, select, list {List} other {Map}}',
    description: 'A button: show the zones as a map or as a table.',
  },
  zoom: {
    id: 'map.controls.zoom',
    defaultMessage: 'Zoom to',
    description: 'Label of the buttons that zoom the map to China and Pakistan, Pakistan or China.',
  },
  size: {
    id: 'map.controls.size',
    defaultMessage: 'Marker size',
    description: 'Label of the buttons choosing which figure sizes the markers.',
  },
});

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
    <div className={styles.toggle} role="group" aria-label={label}>
      <span className={styles.label} aria-hidden="true">
        {label}
      </span>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          className={styles.button}
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
  const t = useLocale();
  return (
    <div className={styles.controls}>
      <Toggle
        label={t.format(messages.show)}
        options={['map', 'list'] as const}
        value={view}
        text={(v) => t.format(messages.view, { view: v })}
        onChange={onView}
      />
      {view === 'map' && (
        <Toggle
          label={t.format(messages.zoom)}
          options={regionPresets}
          value={region}
          text={(r) => regionLabel(t, r)}
          onChange={onRegion}
        />
      )}
      <Toggle
        label={t.format(messages.size)}
        options={sizeMetrics}
        value={metric}
        text={(m) => metricShort(t, m)}
        onChange={onMetric}
      />
    </div>
  );
}
