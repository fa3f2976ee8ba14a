/** Pure: a slide body (KPIs, facts, a list) laid out as text boxes in the body's box. */
import type { PptxBody, PptxKpi, PptxListItem } from './deck-description';
import { pptxTheme as t } from './pptx-theme';
import { linkRun, textRuns, run, textItem, type Box, type Ink, type PlanItem } from './pptx-text';
import { chartItems, imageItems } from './to-pptx-chart';

const GAP = 0.3;
const toneColour = { up: t.colour.up, down: t.colour.down, flat: t.colour.muted } as const;

/** One card: a quiet panel with an accent edge, the figure large, its change, as-of and provenance. */
function kpiCard(kpi: PptxKpi, box: Box, ink: Ink): PlanItem[] {
  const inner = { x: box.x + 0.25, w: box.w - 0.5 };
  const h = Math.min(box.h, 4.2);
  return [
    {
      kind: 'shape',
      shape: 'roundRect',
      options: {
        ...box,
        h,
        fill: { color: t.colour.surface },
        line: { color: t.colour.rule, width: 0.75 },
        rectRadius: 0.08,
      },
    },
    {
      kind: 'shape',
      shape: 'rect',
      options: {
        x: box.x,
        y: box.y + 0.18,
        w: 0.07,
        h: 0.9,
        fill: { color: t.colour.accent },
        line: { color: t.colour.accent, width: 0 },
      },
    },
    textItem(
      [run(kpi.title)],
      { ...inner, y: box.y + 0.2, h: 0.5 },
      { fontSize: 15, bold: true, color: ink.muted, fit: 'shrink' },
    ),
    textItem(
      [
        run(kpi.value, { fontSize: 40, bold: true, color: ink.text }),
        ...(kpi.unit ? [run(` ${kpi.unit}`, { fontSize: 18, color: ink.muted })] : []),
      ],
      { ...inner, y: box.y + 0.7, h: 0.9 },
      { fit: 'shrink', valign: 'bottom' },
    ),
    ...(kpi.label
      ? [
          textItem(
            textRuns(kpi.label),
            { ...inner, y: box.y + 1.62, h: 0.34 },
            { fontSize: 13, color: ink.muted, fit: 'shrink' },
          ),
        ]
      : []),
    ...(kpi.change
      ? [
          textItem(
            [run(kpi.change.text)],
            { ...inner, y: box.y + 2.0, h: 0.42 },
            { fontSize: 16, bold: true, color: toneColour[kpi.change.tone], fit: 'shrink' },
          ),
        ]
      : []),
    textItem(
      [run(`${kpi.provenance}`, { fontFace: t.symbolFont }), run(`  ·  ${kpi.asOf}`)],
      { ...inner, y: box.y + 2.46, h: 0.34 },
      { fontSize: 12, color: ink.muted, fit: 'shrink' },
    ),
    ...(kpi.notes?.length
      ? [
          textItem(
            kpi.notes.flatMap((note, i, all) => {
              const runs = textRuns(note);
              // The line breaks after its last run (a run of another language may end it).
              return runs.map((r, j) => (j === runs.length - 1 ? withBreak(r, i < all.length - 1) : r));
            }),
            { ...inner, y: box.y + 2.86, h: h - 2.96 },
            { fontSize: 11, color: ink.muted, fit: 'shrink', paraSpaceAfter: 3 },
          ),
        ]
      : []),
  ];
}

function kpiItems(kpis: readonly PptxKpi[], box: Box, ink: Ink): PlanItem[] {
  const n = Math.max(1, kpis.length);
  const w = (box.w - GAP * (n - 1)) / n;
  return kpis.flatMap((kpi, i) => kpiCard(kpi, { x: box.x + i * (w + GAP), y: box.y, w, h: box.h }, ink));
}

function factsItems(body: Extract<PptxBody, { kind: 'facts' }>, box: Box, ink: Ink): PlanItem[] {
  const ledeHeight = body.lede ? 0.8 : 0;
  const facts = body.facts.flatMap((f, i) => [
    run(`${f.term}  `, { bold: true, color: ink.kicker }),
    run(f.text, { breakLine: i < body.facts.length - 1 }),
  ]);
  return [
    ...(body.lede
      ? [
          textItem(
            [run(body.lede)],
            { ...box, h: ledeHeight },
            { fontSize: 18, color: ink.text, fit: 'shrink' },
          ),
        ]
      : []),
    textItem(
      facts,
      { ...box, y: box.y + ledeHeight, h: box.h - ledeHeight },
      { fontSize: 14, color: ink.text, paraSpaceAfter: 8, fit: 'shrink' },
    ),
  ];
}

const listSize = (count: number) => (count <= 8 ? 14 : count <= 14 ? 12 : 10.5);

const withBreak = (r: ReturnType<typeof run>, breakLine: boolean) => ({
  ...r,
  options: { ...r.options, breakLine },
});

function listRuns(items: readonly PptxListItem[], ink: Ink, size: number) {
  return items.flatMap((item, i) => {
    const last = i === items.length - 1;
    return [
      ...(item.mark ? [run(`${item.mark}  `, { fontFace: t.symbolFont, color: ink.muted })] : []),
      withBreak(linkRun(item.text, item.url, ink, size), !item.detail && !last),
      ...(item.detail ? [run(`, ${item.detail}`, { color: ink.muted, breakLine: !last })] : []),
    ];
  });
}

/** Long lists (the closing sources) take two columns rather than a smaller type. */
function listItems(items: readonly PptxListItem[], box: Box, ink: Ink): PlanItem[] {
  const columns = items.length > 10 ? 2 : 1;
  const perColumn = Math.ceil(items.length / columns);
  const w = (box.w - GAP * (columns - 1)) / columns;
  const size = listSize(perColumn);
  return Array.from({ length: columns }, (_, c) =>
    textItem(
      listRuns(items.slice(c * perColumn, (c + 1) * perColumn), ink, size),
      { x: box.x + c * (w + GAP), y: box.y, w, h: box.h },
      {
        fontSize: size,
        color: ink.text,
        paraSpaceAfter: 5,
        fit: 'shrink',
      },
    ),
  );
}

export function bodyItems(body: PptxBody, box: Box, ink: Ink): PlanItem[] {
  switch (body.kind) {
    case 'kpis':
      return kpiItems(body.kpis, box, ink);
    case 'facts':
      return factsItems(body, box, ink);
    case 'list':
      return listItems(body.items, box, ink);
    case 'chart':
      return chartItems(body.chart, box, ink);
    case 'image':
      return imageItems(body.image, box, ink);
  }
}
