/**
 * A presentation described in words and numbers, knowing nothing of PowerPoint or of our data:
 * each feature describes its slides' bodies in these terms, the present feature adds titles,
 * footers and notes, and to-pptx-plan.ts lays the whole out for pptxgenjs.
 */
/** One headline figure as text boxes: "$1.23bn", "FY2025", "▲ +90.8% vs FY2024", "as of 30 Jun 2025". */
export interface PptxKpi {
  title: string;
  value: string;
  unit?: string;
  /** What the figure is: "FY2025", "Census 2023"; runs where a part is in another language. */
  label?: PptxNote;
  /** The change against the prior period, already in words; tone colours it. */
  change?: { text: string; tone: 'up' | 'down' | 'flat' };
  /** "as of 30 Jun 2025", or "undated": never an invented date. */
  asOf: string;
  /** The provenance mark and word: "● Sourced", "≈ Estimate". */
  provenance: string;
  /** Figures beside the headline, or why there is no change to show. */
  notes?: readonly PptxNote[];
}

interface PptxSeries {
  name: string;
  /** One per category; null where the series has no figure (drawn as a gap). */
  values: readonly (number | null)[];
  /** #rrggbb, the colour it has on screen. */
  colour: string;
  /** Generated figures: the series is named and patterned (bars) or dashed (lines) as such. */
  illustrative: boolean;
}

export interface PptxChart {
  type: 'line' | 'bar' | 'stacked-bar';
  /** Bars lying down, the first category at the top (long names read best so). */
  horizontal?: boolean;
  categories: readonly string[];
  series: readonly PptxSeries[];
  /** Excel number format of the value axis: `"$"#,##0.0,,,"bn"`, `"US$"#,##0"亿"`. */
  valueFormat: string;
  /** Of data labels, when they differ from the axis's (a decimal more: `"US$"#,##0.0"亿"`). */
  labelFormat?: string;
  /** The value axis's title, saying the unit when the values were divided ("单位：亿美元"). */
  valueTitle?: string;
  /** One sentence said above the chart. */
  summary?: string;
  /** Lines under the chart, e.g. the key to the milestones marked on it. */
  key?: readonly string[];
  /** Read by screen readers in PowerPoint. */
  altText: string;
}

export interface PptxImage {
  /** data:image/png;base64,… */
  dataUrl: string;
  /** Pixel size, for the aspect ratio. */
  width: number;
  height: number;
  altText: string;
  legend: readonly { label: string; colour: string }[];
  /** Lines under the legend: caveats the picture cannot say. */
  notes?: readonly string[];
}

export interface PptxListItem {
  text: string;
  /** Linked when it is an http(s) address; anything else is left unlinked. */
  url?: string | null;
  /** Provenance marks leading the line: "● ≈". */
  mark?: string;
  /** A second, quieter part of the line: a date, a source. */
  detail?: string;
}

export type PptxBody =
  | { kind: 'kpis'; kpis: readonly PptxKpi[] }
  | { kind: 'chart'; chart: PptxChart }
  | { kind: 'image'; image: PptxImage }
  | { kind: 'facts'; lede?: string; facts: readonly { term: string; text: string }[] }
  | { kind: 'list'; items: readonly PptxListItem[] };

/** A footer entry: one publication, with its articles' dates, each linking to its article. */
export interface PptxSource {
  name: string;
  /** The name's language where it is not the deck's ('en': publications keep their own names). */
  lang?: string;
  /** Provenance marks of the figures it supplied: "●≈". */
  mark: string;
  items: readonly { asOf: string | null; url: string | null }[];
}

export interface PptxSlide {
  id: string;
  title: string;
  subtitle?: string;
  /** The cover opens the deck on the theme's colour. */
  layout?: 'title' | 'content';
  /** Null when the slide's data did not load: the slide stays and says so. */
  body: PptxBody | null;
  /** What did not load, in words, printed on the slide itself. */
  missing: readonly string[];
  sources: readonly PptxSource[];
  /** Said in the footer instead of sources when the slide cites none. */
  sourcesNote?: string;
  illustrative: boolean;
  /** From the data: each figure with its source and as-of date. */
  notes: readonly PptxNote[];
  /** What the presenter typed in the notes window. */
  presenterNotes: string;
}

/**
 * The frame's words in the deck's language, given by whoever describes the deck (the present
 * feature, from its messages), so this library stays free of any one language.
 */
export interface PptxWords {
  /** The line above every title: "TECH CORRIDOR · CHINA–PAKISTAN TECHNOLOGY COOPERATION". */
  kicker: string;
  /** "✳ Illustrative: figures marked ✳ are generated …". */
  illustrative: string;
  /** Footer of a slide citing nothing, without a note of its own. */
  noFigures: string;
  /** "Source:" or "Sources:" for so many publications. */
  sourcesLabel: (count: number) => string;
  /** For an article without a date. */
  undated: string;
  /** "Showing: All zones · all sectors · all years". */
  showing: string;
  /** "Exported 1 Dec 2026". */
  exported: string;
  /** The warning on a slide: its parts, the bold ones marked ("Data missing on this slide:"). */
  missing: (items: string) => readonly { text: string; bold: boolean }[];
  /** The body of a slide whose figures did not load. */
  notLoaded: string;
  /** First line of such a slide's notes. */
  notesMissing: (items: string) => string;
  /** Headings in the notes: "Sources:", "Presenter’s notes:". */
  notesSources: string;
  notesPresenter: string;
  /** An ISO date as the deck's language writes it. */
  date: (iso: string) => string;
}

/**
 * A line of speaker notes: text in the deck's language, or runs where a part is in another
 * language (`lang` as the data gives it: 'en' for an English source title or fallback).
 */
export type PptxNote = string | readonly (string | { readonly text: string; readonly lang: string })[];

export interface PptxDeck {
  title: string;
  subject: string;
  /** BCP 47 tag set on every text run ("ur-PK"), so spelling and voices follow the language. */
  lang: string;
  /** Right to left: paragraphs set RTL, the layout mirrored (time axes stay left to right). */
  dir: 'ltr' | 'rtl';
  words: PptxWords;
  /** The filters in words, printed on every slide. */
  filtersLabel: string;
  /** ISO date (yyyy-mm-dd) printed on every slide. */
  exportDate: string;
  slides: readonly PptxSlide[];
}
