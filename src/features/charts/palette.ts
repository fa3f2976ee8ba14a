/**
 * Series colours as CSS custom properties (global.css lifts them for dark backgrounds), with the
 * typed maps of domain/colours.ts as fallback and as the base that decides pattern ink.
 */
import { colourOfSector, colourOfZone, patternOfSector, type SectorPattern } from '@/domain/colours';

export interface Paint {
  /** What the SVG uses: var(--…, #hex), so the theme can adjust it. */
  css: string;
  /** The light-theme hex. */
  base: string;
  pattern?: SectorPattern;
}

export const sectorPaint = (id: string): Paint => ({
  css: `var(--sector-${id}, ${colourOfSector(id)})`,
  base: colourOfSector(id),
  pattern: patternOfSector(id),
});

const named = (name: string, base: string): Paint => ({ css: `var(--series-${name}, ${base})`, base });

/** Countries and totals, which are neither zones nor sectors. China takes SEDA's red. */
export const seriesPaint = {
  pakistan: named('pakistan', '#1b7f4b'),
  china: named('china', colourOfZone('cn-seda')),
  total: named('total', '#5b6770'),
  census: named('census', '#8a4b00'),
  young: named('young', '#0072B2'),
  working: named('working', '#7f7f7f'),
  old: named('old', '#CC79A7'),
  urban: named('urban', '#44AA99'),
} as const;
