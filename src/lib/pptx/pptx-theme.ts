/**
 * The exported deck's look: the dashboard's colours on a white 16:9 page (13.33 × 7.5 in, the
 * size of PowerPoint's "Widescreen"), in fonts every office machine has. Calibri ships with
 * Office and Keynote's Office import; LibreOffice on Linux draws it with Carlito, which has the
 * same metrics (fonts-crosextra-carlito), so text wraps the same everywhere. Arial (Liberation
 * Sans) carries the provenance marks Calibri lacks.
 */
export const pptxTheme = {
  width: 13.333,
  height: 7.5,
  margin: 0.6,
  font: 'Calibri',
  symbolFont: 'Arial',
  /**
   * Faces for the scripts Calibri lacks, written as each run's East Asian and complex-script font
   * (write-pptx.ts): PowerPoint and LibreOffice draw Han and Urdu with them and Latin with Calibri.
   * Where they are not installed, Office falls back to its own CJK and Arabic-script faces.
   */
  scriptFont: { ea: 'Noto Sans CJK SC', cs: 'Noto Nastaliq Urdu' },
  colour: {
    accent: '0B5D4B',
    accentSoft: 'E6F0EC',
    text: '17201C',
    muted: '4D5A54',
    rule: 'D5DBD7',
    surface: 'F5F6F4',
    link: '0A5A8F',
    up: '0B6B3A',
    down: 'A3261B',
    warnFill: 'FFF4D6',
    warnLine: 'B98900',
    grid: 'E3E8E5',
    axis: '8A958F',
    white: 'FFFFFF',
  },
  /** Point sizes. */
  size: { kicker: 11, title: 28, coverTitle: 40, subtitle: 15, body: 14, small: 11, footer: 10 },
  /** Vertical bands of a content slide, in inches. */
  band: { kicker: 0.32, title: 0.55, subtitle: 1.2, body: 1.8, footer: 6.28, bottom: 7.3 },
} as const;

/** "#C1272D" or "c1272d" → "C1272D", the form pptxgenjs writes; anything else → the text colour. */
export function hexColour(colour: string): string {
  const hex = colour.replace(/^#/, '');
  if (/^[0-9a-f]{6}$/i.test(hex)) return hex.toUpperCase();
  if (/^[0-9a-f]{3}$/i.test(hex))
    return [...hex]
      .map((c) => c + c)
      .join('')
      .toUpperCase();
  return pptxTheme.colour.text;
}
