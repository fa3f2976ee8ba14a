import type { Locale } from '@/lib/locale';
import type { Datum } from './chart-model';
import { paddedDomain, periodTicks } from './time-axis';
import { markersWithin, type EventMarker } from './to-event-markers';

/**
 * A time chart's axis when each datum is one period: the domain padded half a period each side,
 * a tick per period drawn, and the milestone markers that fall within it.
 */
export function periodAxis(data: readonly Datum[], markers: readonly EventMarker[], locale: Locale) {
  const domain = paddedDomain(data.map((d) => Number(d.x)));
  return {
    domain,
    ticks: periodTicks(
      data.map((d) => d.key),
      locale,
    ),
    markers: markersWithin(markers, domain),
  };
}
