/**
 * pptxgenjs paints every series of a chart the same way (one dash for all lines, solid fills), so
 * an illustrative series is marked after the fact in the chart's XML: hatched bars, dashed lines.
 * Pure string work on the chart part, unit-tested; the series' name already says it.
 */
import { ILLUSTRATIVE_SERIES } from './to-pptx-chart';

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

const MARK = escapeXml(ILLUSTRATIVE_SERIES);

/** The series' own fill: a wide upward diagonal hatch of its colour on white. */
const hatch = (colour: string) =>
  `<a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="${colour}"/></a:fgClr><a:bgClr><a:srgbClr val="FFFFFF"/></a:bgClr></a:pattFill>`;

function markSeries(ser: string, isLine: boolean): string {
  const name = /<c:tx>[\s\S]*?<c:v>([\s\S]*?)<\/c:v>/.exec(ser)?.[1] ?? '';
  if (!name.endsWith(MARK)) return ser;
  return ser.replace(/<c:spPr>[\s\S]*?<\/c:spPr>/, (spPr) =>
    isLine
      ? spPr.replace(/<a:prstDash val="[^"]*"\/>/, '<a:prstDash val="dash"/>')
      : spPr.replace(
          /<a:solidFill><a:srgbClr val="([0-9A-Fa-f]{6})"\/><\/a:solidFill>/,
          (_, colour: string) => hatch(colour),
        ),
  );
}

/** A chart part (ppt/charts/chartN.xml) with its illustrative series hatched (bars) or dashed (lines). */
export function markIllustrativeSeries(chartXml: string): string {
  return chartXml.replace(/<c:(barChart|lineChart)>[\s\S]*?<\/c:\1>/g, (group, type: string) =>
    group.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => markSeries(ser, type === 'lineChart')),
  );
}
