/**
 * Pure: native, editable charts (their values sit in the chart's own workbook, so a viewer can
 * restyle them or open their data) and pictures with a legend beside them.
 */
import type PptxGenJS from 'pptxgenjs';
import type { PptxChart, PptxImage } from './deck-description';
import { hexColour, pptxTheme as t } from './pptx-theme';
import { run, textItem, type Box, type Ink, type PlanItem } from './pptx-text';

/** Appended to an illustrative series' name; write-pptx.ts patterns or dashes the series it finds it on. */
export const ILLUSTRATIVE_SERIES = ' (✳ illustrative)';

const axisText = { fontFace: t.font, fontSize: 12, color: t.colour.muted };

function chartOptions(chart: PptxChart, box: Box, ink: Ink): PptxGenJS.IChartOpts {
  const bars: PptxGenJS.IChartOpts =
    chart.type === 'line'
      ? { lineSize: 2.5, lineDataSymbol: 'circle', lineDataSymbolSize: 7 }
      : {
          barDir: chart.horizontal ? 'bar' : 'col',
          barGrouping: chart.type === 'stacked-bar' ? 'stacked' : 'clustered',
          barGapWidthPct: chart.type === 'stacked-bar' ? 50 : 70,
          ...(chart.type === 'stacked-bar' && { barOverlapPct: 100 }),
        };
  return {
    ...box,
    ...bars,
    altText: chart.altText,
    chartColors: chart.series.map((s) => hexColour(s.colour)),
    displayBlanksAs: 'gap',
    showLegend: true,
    legendPos: 'b',
    legendFontFace: t.font,
    legendFontSize: 13,
    legendColor: ink.text,
    catAxisLabelFontFace: axisText.fontFace,
    catAxisLabelFontSize: axisText.fontSize,
    catAxisLabelColor: axisText.color,
    catAxisLineShow: true,
    catAxisLineColor: t.colour.axis,
    catGridLine: { style: 'none' },
    valAxisLabelFontFace: axisText.fontFace,
    valAxisLabelFontSize: axisText.fontSize,
    valAxisLabelColor: axisText.color,
    valAxisLabelFormatCode: chart.valueFormat,
    dataLabelFormatCode: chart.labelFormat ?? chart.valueFormat,
    ...(chart.valueTitle && {
      showValAxisTitle: true,
      valAxisTitle: chart.valueTitle,
      valAxisTitleFontFace: axisText.fontFace,
      valAxisTitleFontSize: axisText.fontSize,
      valAxisTitleColor: axisText.color,
    }),
    valAxisLineShow: false,
    valGridLine: { color: t.colour.grid, size: 0.75, style: 'solid' },
  };
}

export function chartItems(chart: PptxChart, box: Box, ink: Ink): PlanItem[] {
  const summaryHeight = chart.summary ? 0.5 : 0;
  const key = chart.key ?? [];
  const keyHeight = key.length ? Math.min(1.1, 0.12 + key.length * 0.22) : 0;
  // Bars lying down are drawn from the bottom up: given last first, the first category is on top.
  const order = <T>(list: readonly T[]) => (chart.horizontal ? [...list].reverse() : [...list]);
  const data: PptxGenJS.OptsChartData[] = chart.series.map((s) => ({
    name: s.illustrative ? `${s.name}${ILLUSTRATIVE_SERIES}` : s.name,
    labels: order(chart.categories),
    // pptxgenjs writes an empty cell for null, which the chart shows as a gap.
    values: order(s.values) as number[],
  }));
  return [
    ...(chart.summary
      ? [
          textItem(
            [run(chart.summary)],
            { ...box, h: summaryHeight - 0.08 },
            { fontSize: 14, color: ink.text, fit: 'shrink' },
          ),
        ]
      : []),
    {
      kind: 'chart',
      type: chart.type === 'line' ? 'line' : 'bar',
      data,
      options: chartOptions(
        chart,
        { ...box, y: box.y + summaryHeight, h: box.h - summaryHeight - keyHeight },
        ink,
      ),
    },
    ...(key.length
      ? [
          textItem(
            key.map((line, i) => run(line, { breakLine: i < key.length - 1 })),
            { ...box, y: box.y + box.h - keyHeight + 0.06, h: keyHeight - 0.06 },
            { fontSize: 11, color: ink.muted, fit: 'shrink' },
          ),
        ]
      : []),
  ];
}

/** The picture as large as the body allows at its own aspect ratio, its legend beside it (two columns when long). */
export function imageItems(image: PptxImage, box: Box, ink: Ink): PlanItem[] {
  const columns = image.legend.length > 10 ? 2 : 1;
  const legendWidth = columns === 2 ? 4.4 : 3.2;
  const room = { w: box.w - legendWidth - 0.3, h: box.h };
  const scale = Math.min(room.w / image.width, room.h / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  const legendX = box.x + box.w - legendWidth;
  const perColumn = Math.ceil(image.legend.length / columns);
  const rowHeight = Math.min(0.36, (box.h * 0.6) / Math.max(1, perColumn));
  const size = rowHeight >= 0.3 ? 12 : 9;
  const columnWidth = (legendWidth - 0.15 * (columns - 1)) / columns;
  const rows = image.legend.map((item, i): PlanItem[] => {
    const x = legendX + Math.floor(i / perColumn) * (columnWidth + 0.15);
    const y = box.y + (i % perColumn) * rowHeight;
    const swatch = Math.min(0.2, rowHeight * 0.7);
    return [
      {
        kind: 'shape',
        shape: 'rect',
        options: {
          x,
          y: y + (rowHeight - swatch) / 2,
          w: swatch,
          h: swatch,
          fill: { color: hexColour(item.colour) },
          line: { color: t.colour.rule, width: 0.5 },
        },
      },
      textItem(
        [run(item.label)],
        { x: x + swatch + 0.08, y, w: columnWidth - swatch - 0.08, h: rowHeight },
        { fontSize: size, color: ink.text, fit: 'shrink', valign: 'middle' },
      ),
    ];
  });
  const notesTop = box.y + perColumn * rowHeight + 0.15;
  return [
    { kind: 'image', options: { data: image.dataUrl, x: box.x, y: box.y, w, h, altText: image.altText } },
    ...rows.flat(),
    ...(image.notes?.length
      ? [
          textItem(
            image.notes.map((n, i) => run(n, { breakLine: i < (image.notes?.length ?? 0) - 1 })),
            { x: legendX, y: notesTop, w: legendWidth, h: box.y + box.h - notesTop },
            { fontSize: 10, color: ink.muted, fit: 'shrink', paraSpaceAfter: 3 },
          ),
        ]
      : []),
  ];
}
