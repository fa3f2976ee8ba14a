import { useLocale } from '@/components/language-provider';
import { localShortName } from '@/domain/local-names';
import { defineMessages } from '@/lib/messages';
import { BorderNote } from './border-note';
import styles from './corridor-map.module.css';
import { MapPanel } from './map-panel';
import { metricPhrase } from './map-messages';
import type { RegionPreset } from './projection';
import { statusKey } from './to-map-pptx';
import type { SizeMetric } from './to-zone-metrics';
import { useMapData } from './use-map-data';
import { joinClauses } from './zone-text';
import { titleOf } from './to-arcs';

const messages = defineMessages({
  key: {
    id: 'map.corridor.key',
    defaultMessage:
      'Shapes show status ({key}). Marker area and arc width: {metric}, illustrative. Dashed arcs stand for sourced agreements{letters, select, none {} other { ({letters})}}, not measured flows. Locations are city centres.',
    description:
      'The one-paragraph key under the map on slides; key lists status glyphs and words, metric is "companies in zone", letters lists the agreements.',
  },
  letter: {
    id: 'map.corridor.letter',
    defaultMessage: '{zone}: {title}{date, select, none {} other {, {date}}}',
    description:
      'One agreement in the key: the Chinese counterpart, the letter’s title (translated where the data has one) and date.',
  },
});

export interface CorridorMapProps {
  /** Pixels; omit to fill the container's height (give the container a height, e.g. a slide). */
  height?: number;
  region?: RegionPreset;
  metric?: SizeMetric;
  /** false: markers show tooltips but do not change the dashboard's zone filter. */
  interactive?: boolean;
}

/**
 * The corridor at a glance, for presenter slides and other pages: the map with a one-line key and
 * the border note. Import it lazily (it brings d3-geo and, on first render, the outlines).
 */
export function CorridorMap({
  height,
  region = 'both',
  metric = 'companies',
  interactive = true,
}: CorridorMapProps) {
  const t = useLocale();
  const { zones, agreements } = useMapData();
  const byId = new Map((zones.data ?? []).map((z) => [z.id, z]));
  const letters = joinClauses(
    t,
    agreements.map((a) => {
      const zone = byId.get(a.counterpartId);
      return t.format(messages.letter, {
        zone: zone ? localShortName(zone, t.lang).text : a.counterpartId,
        title: titleOf(a, t.lang),
        date: a.date ? t.date(a.date) : 'none',
      });
    }),
  );
  return (
    <figure className={height === undefined ? `${styles.figure} ${styles.fill}` : styles.figure}>
      <MapPanel region={region} metric={metric} height={height ?? 'fill'} interactive={interactive} />
      <figcaption className={styles.key}>
        {t.format(messages.key, {
          key: statusKey(t),
          metric: metricPhrase(t, metric),
          letters: letters || 'none',
        })}
        <BorderNote />
      </figcaption>
    </figure>
  );
}
