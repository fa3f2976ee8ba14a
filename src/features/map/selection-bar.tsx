import type { Zone } from '@/domain/zone';

interface SelectionBarProps {
  zones: readonly Zone[];
  selected: readonly string[];
  onRemove: (id: string) => void;
  onClear: () => void;
}

/** The zone filter as the map sets it, clearable right here (Escape on the map does the same). */
export function SelectionBar({ zones, selected, onRemove, onClear }: SelectionBarProps) {
  if (selected.length === 0) {
    return (
      <p className="map-selection map-selection--empty">
        No zone selected: click a marker or a row, or Tab to a marker and press Enter, to filter the
        dashboard.
      </p>
    );
  }
  const names = new Map(zones.map((z) => [z.id, z.shortName]));
  return (
    <div className="map-selection" role="group" aria-label="Selected zones">
      <span>Selected:</span>
      <ul>
        {selected.map((id) => (
          <li key={id}>
            <span className="map-selection-name">{names.get(id) ?? id}</span>
            <button
              type="button"
              className="map-selection-remove"
              aria-label={`Remove ${names.get(id) ?? id}`}
              onClick={() => onRemove(id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--small" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
