/** Small pieces the slide layouts share: boxes, colours per background, text runs and safe links. */
import type PptxGenJS from 'pptxgenjs';
import { WebUrlSchema } from '@/domain/text';
import type { PptxNote } from './deck-description';
import { pptxTheme } from './pptx-theme';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Text colours for a slide's background: dark on white, light on the cover's green. */
export interface Ink {
  text: string;
  muted: string;
  link: string;
  rule: string;
  kicker: string;
}

const c = pptxTheme.colour;
export const inks: Record<'content' | 'title', Ink> = {
  content: { text: c.text, muted: c.muted, link: c.link, rule: c.rule, kicker: c.accent },
  title: { text: c.white, muted: 'D5E6DF', link: 'CFE6FF', rule: '4F8A7B', kicker: 'B9DCCF' },
};

export type PlanItem =
  | { kind: 'text'; runs: PptxGenJS.TextProps[]; options: PptxGenJS.TextPropsOptions }
  | { kind: 'shape'; shape: 'rect' | 'roundRect' | 'line'; options: PptxGenJS.ShapeProps }
  | {
      kind: 'chart';
      type: 'line' | 'bar';
      data: PptxGenJS.OptsChartData[];
      options: PptxGenJS.IChartOpts;
    }
  | { kind: 'image'; options: PptxGenJS.ImageProps };

/** Only http(s) addresses become links (the contract's rule); javascript:, data: and the rest are dropped. */
const safeUrl = (url: string | null | undefined): string | null =>
  url && WebUrlSchema.safeParse(url).success ? url : null;

/** The tag PowerPoint wants for a language the data gives ('en', 'zh-Hans', 'ur'). */
const runLanguages: Record<string, string> = { en: 'en-GB', 'zh-Hans': 'zh-CN', ur: 'ur-PK' };
export const pptxLanguage = (lang: string): string => runLanguages[lang] ?? lang;

export const run = (text: string, options: PptxGenJS.TextPropsOptions = {}): PptxGenJS.TextProps => ({
  text,
  options,
});

/** A text's runs: the parts in another language than the deck's tagged with theirs (en-GB). */
export const textRuns = (note: PptxNote, options: PptxGenJS.TextPropsOptions = {}): PptxGenJS.TextProps[] =>
  (typeof note === 'string' ? [note] : note).map((part) =>
    typeof part === 'string'
      ? run(part, options)
      : run(part.text, { ...options, lang: pptxLanguage(part.lang) }),
  );

/** A run linking to `url` when it is safe to, plain text otherwise. */
export function linkRun(text: string, url: string | null | undefined, ink: Ink, size?: number) {
  const href = safeUrl(url);
  return run(text, {
    ...(size !== undefined && { fontSize: size }),
    ...(href && { hyperlink: { url: href, tooltip: href }, color: ink.link }),
  });
}

/** A text box in the theme's font, no inner margin surprises, top-aligned. */
export const textItem = (
  runs: PptxGenJS.TextProps[],
  box: Box,
  options: PptxGenJS.TextPropsOptions = {},
): PlanItem => ({
  kind: 'text',
  runs,
  options: {
    ...box,
    fontFace: pptxTheme.font,
    valign: 'top',
    margin: 0,
    ...options,
  },
});
