import type { Agreement } from './to-arcs';
import { useContainerSize } from '@/hooks/use-container-size';
import styles from './map-tooltip.module.css';
import type { ZoneMarker } from './to-markers';
import { ZoneFacts } from './zone-facts';

interface MapTooltipProps {
  id: string;
  marker: ZoneMarker;
  at: readonly [number, number];
  r: number;
  width: number;
  height: number;
  agreement: Agreement | undefined;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

/**
 * The zone's facts beside its marker, on hover and on keyboard focus. It opens away from the
 * nearer edges, can be hovered itself without closing (WCAG 1.4.13), and Escape closes it.
 */
export function MapTooltip(props: MapTooltipProps) {
  const { id, marker, at, r, width, height, agreement, onPointerEnter, onPointerLeave } = props;
  const [ref, size] = useContainerSize<HTMLDivElement>();
  const [x, y] = at;
  const gap = r + 10;
  // The map is geography, not text: it does not mirror in Urdu, so the tooltip is placed by the
  // marker's physical side, away from the nearer edge.
  const left = x < width * 0.55;
  // Measured height (after the first frame): keep the whole tooltip inside the map frame.
  // contentRect leaves out padding and border (0.6rem × 2 + 2 px).
  const tall = (size?.height ?? 0) + 24;
  const style = {
    ...(left ? { left: x + gap } : { right: width - x + gap }),
    top: Math.max(4, Math.min(y - 24, height - tall - 4)),
    visibility: size ? ('visible' as const) : ('hidden' as const),
  };
  return (
    <div
      ref={ref}
      id={id}
      role="tooltip"
      className={styles.tooltip}
      style={style}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <ZoneFacts
        zone={marker.zone}
        figures={marker.figures}
        disputed={marker.disputed}
        agreement={agreement}
      />
    </div>
  );
}
