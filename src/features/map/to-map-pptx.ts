/** Pure: the map's key in words (under the map, and beside its picture in the PowerPoint export). */
import { colourOfZone } from '@/domain/colours';
import { localShortName } from '@/domain/local-names';
import type { Zone, ZoneStatus } from '@/domain/zone';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { PptxImage } from '@/lib/pptx/deck-description';
import { keyList, metricPhrase, statusWord } from './map-messages';
import { statusStyles } from './to-markers';
import type { SizeMetric } from './to-zone-metrics';
import { compareCodes, compareEnglishNames } from '@/domain/compare';

const messages = defineMessages({
  keyed: {
    id: 'map.key.zone',
    defaultMessage: '{glyph} {zone} ({status})',
    description: 'One zone in the exported map’s key: its status glyph, short name and status word.',
  },
  shapes: {
    id: 'map.key.shapes',
    defaultMessage: 'Shapes show status ({key}).',
    description:
      'Under the map; key lists each status glyph with its word ("▲ Chinese counterpart, ● launched").',
  },
  sizes: {
    id: 'map.key.sizes',
    defaultMessage:
      'Marker area and arc width: {metric}, illustrative. Dashed arcs stand for sourced agreements, not measured flows. Locations are city centres.',
    description: 'Under the map; metric is what sizes the markers ("companies in zone").',
  },
});

const keyOrder: readonly ZoneStatus[] = ['counterpart', 'launched', 'notified', 'approved', 'planned'];

/** "▲ Chinese counterpart, ● launched, ■ notified, ◆ approved, ○ planned" */
export const statusKey = (locale: Locale): string =>
  keyList(
    locale,
    keyOrder.map((s) => `${statusStyles[s].glyph} ${statusWord(locale, s)}`),
  );

/** One key per zone in its map colour, with its status glyph and word (on the map, status is the shape). */
export function toMapLegend(zones: readonly Zone[], locale: Locale): PptxImage['legend'] {
  return [...zones]
    .sort((a, b) => compareCodes(b.country, a.country) || compareEnglishNames(a.shortName, b.shortName))
    .map((z) => {
      const name = localShortName(z, locale.lang).text;
      const word = statusWord(locale, z.status);
      // Planned zones already say so in their name ("Gilgit (planned)").
      return {
        label: name.includes(word)
          ? `${statusStyles[z.status].glyph} ${name}`
          : locale.format(messages.keyed, { glyph: statusStyles[z.status].glyph, zone: name, status: word }),
        colour: colourOfZone(z.id),
      };
    });
}

/** The caveats said under the map, as lines beside its picture. */
export const mapCaveats = (metric: SizeMetric, borderNote: string, locale: Locale): string[] => [
  locale.format(messages.shapes, { key: statusKey(locale) }),
  locale.format(messages.sizes, { metric: metricPhrase(locale, metric) }),
  borderNote,
];
