/**
 * One colour per zone and per sector, the same on every chart and on the map.
 * Palettes: Okabe & Ito (2008) "Color Universal Design" for sectors, Paul Tol's "muted" scheme
 * (personal.sron.nl/~pault) for zones; both are distinguishable with the common colour-vision deficiencies.
 * Colour is never the only cue: charts add labels, patterns or marker shapes.
 */
const sectorColours: Record<string, string> = {
  'it-software': '#0072B2',
  ites: '#E69F00',
  'ai-robotics': '#009E73',
  fintech: '#CC79A7',
  electronics: '#56B4E9',
  'biotech-pharma': '#D55E00',
  'automotive-equipment': '#F0E442',
  'consumer-goods': '#7f7f7f',
  power: '#0072B2',
  'financial-services': '#CC79A7',
  'oil-gas': '#D55E00',
  communication: '#009E73',
};

const zoneColours: Record<string, string> = {
  'stz-islamabad-technopolis': '#332288',
  'stz-lahore-technopolis': '#88CCEE',
  'stz-pakistan-digital-city': '#44AA99',
  'stz-paf-iast': '#117733',
  'stz-nust': '#999933',
  'stz-tech7': '#DDCC77',
  'stz-mindbridge': '#CC6677',
  'stz-capital-smart': '#882255',
  'stz-karachi-education-city': '#AA4499',
  'cn-seda': '#C1272D',
  'cn-zpark': '#E17C05',
};

/** Zones and sectors without an entry (planned zones rarely carry figures) share a neutral grey. */
export const FALLBACK_COLOUR = '#8c8c8c';

export const colourOfZone = (id: string): string => zoneColours[id] ?? FALLBACK_COLOUR;
export const colourOfSector = (id: string): string => sectorColours[id] ?? FALLBACK_COLOUR;

/** SVG pattern ids per sector, so stacked bars differ by texture too (defined in components/chart-patterns.tsx). */
const sectorPatterns = [
  'solid',
  'diagonal',
  'dots',
  'cross',
  'horizontal',
  'vertical',
  'diagonal-back',
  'grid',
] as const;
export type SectorPattern = (typeof sectorPatterns)[number];
const technologySectors = [
  'it-software',
  'ites',
  'ai-robotics',
  'fintech',
  'electronics',
  'biotech-pharma',
  'automotive-equipment',
  'consumer-goods',
];
export const patternOfSector = (id: string): SectorPattern =>
  sectorPatterns[Math.max(0, technologySectors.indexOf(id)) % sectorPatterns.length] ?? 'solid';
