import { useLocale } from '@/components/language-provider';
import { defineMessages } from '@/lib/messages';
import styles from './zoom-buttons.module.css';

const messages = defineMessages({
  zoomIn: { id: 'map.canvas.zoom-in', defaultMessage: 'Zoom in', description: 'Map button (+).' },
  zoomOut: { id: 'map.canvas.zoom-out', defaultMessage: 'Zoom out', description: 'Map button (−).' },
  reset: { id: 'map.canvas.zoom-reset', defaultMessage: 'Reset zoom', description: 'Map button (⟲).' },
});

interface ZoomButtonsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
}

/** The map's +, − and reset buttons, at the reading side's top corner. */
export function ZoomButtons({ onZoomIn, onZoomOut, onReset }: ZoomButtonsProps) {
  const locale = useLocale();
  return (
    <div className={styles.zoom} data-map-zoom="">
      {(
        [
          ['+', onZoomIn, messages.zoomIn],
          ['−', onZoomOut, messages.zoomOut],
          ['⟲', onReset, messages.reset],
        ] as const
      ).map(([mark, onClick, name]) => (
        <button
          key={mark}
          type="button"
          className={styles.button}
          onClick={onClick}
          aria-label={locale.format(name)}
        >
          {mark}
        </button>
      ))}
    </div>
  );
}
