/** Pure: the map's key in words (under the map, and beside its picture in the PowerPoint export). */
import { colourOfZone } from '@/domain/colours';
import type { Zone, ZoneStatus } from '@/domain/zone';
import type { PptxImage } from '@/lib/pptx/deck-description';
import { statusStyles } from './to-markers';

const keyOrder: readonly ZoneStatus[] = ['counterpart', 'launched', 'notified', 'approved', 'planned'];

/** "launched"; "Chinese counterpart" keeps its capital. */
const statusWord = (s: ZoneStatus) =>
  s === 'counterpart' ? statusStyles[s].label : statusStyles[s].label.toLowerCase();

/** "▲ Chinese counterpart, ● launched, ■ notified, ◆ approved, ○ planned" */
export const statusKey = (): string =>
  keyOrder.map((s) => `${statusStyles[s].glyph} ${statusWord(s)}`).join(', ');

/** One key per zone in its map colour, with its status glyph and word (on the map, status is the shape). */
export function toMapLegend(zones: readonly Zone[]): PptxImage['legend'] {
  return [...zones]
    .sort((a, b) => b.country.localeCompare(a.country) || a.shortName.localeCompare(b.shortName))
    .map((z) => ({
      label: `${statusStyles[z.status].glyph} ${z.shortName.includes(`(${statusWord(z.status)})`) ? z.shortName : `${z.shortName} (${statusWord(z.status)})`}`,
      colour: colourOfZone(z.id),
    }));
}

/** The caveats said under the map, as lines beside its picture. */
export const mapCaveats = (metricLabel: string, borderNote: string): string[] => [
  `Shapes show status (${statusKey()}).`,
  `Marker area and arc width: ${metricLabel.toLowerCase()}, illustrative. Dashed arcs stand for sourced agreements, not measured flows. Locations are city centres.`,
  borderNote,
];
