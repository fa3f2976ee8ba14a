import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import type { Datum } from './chart-model';
import { unsigned } from './summaries';

const messages = defineMessages({
  summaryTotal: {
    id: 'charts.fdi.summary-total',
    defaultMessage: 'Net FDI into Pakistan was {total} in {period}',
    description: 'First clause of the FDI chart summary; total is an amount, period a fiscal year.',
  },
  summaryPeriod: {
    id: 'charts.fdi.summary-period',
    defaultMessage: 'In {period}',
    description: 'First clause of the FDI chart summary when there is no total for the year.',
  },
  summaryChina: {
    id: 'charts.fdi.summary-china',
    defaultMessage:
      "{lead}; China's part was {china}{share, select, none {} other { ({share} of the total)}}{direction, select, up {, up {change} on {prior}'s {revised, select, yes {revised } other {}}{priorValue}} down {, down {change} on {prior}'s {revised, select, yes {revised } other {}}{priorValue}} other {}}.",
    description:
      "The FDI chart summary with China's part. lead is the first clause (charts.fdi.summary-total); share a percentage or 'none'; change a percentage; prior a fiscal year; priorValue an amount.",
  },
  summaryOnly: {
    id: 'charts.fdi.summary-only',
    defaultMessage: '{lead}.',
    description: 'The FDI chart summary without China’s part; lead is its first clause.',
  },
});

/** The latest fiscal year's total and China's part, and its change against the prior year shown. */
export function fdiSummary(data: readonly Datum[], locale: Locale): string {
  const withChina = data.filter((d) => d.values.china !== undefined);
  const last = withChina.at(-1) ?? data.at(-1);
  if (!last) return '';
  const prior = withChina.at(-2);
  const total = last.values.total;
  const china = last.values.china;
  const period = locale.period(last.key);
  const lead =
    total !== undefined
      ? locale.format(messages.summaryTotal, { total: locale.value(total, 'USD'), period })
      : locale.format(messages.summaryPeriod, { period });
  if (china === undefined) return locale.format(messages.summaryOnly, { lead });
  const before = prior?.values.china;
  const changed = before !== undefined && before !== 0;
  return locale.format(messages.summaryChina, {
    lead,
    china: locale.value(china, 'USD'),
    share: last.labels?.china ?? 'none',
    direction: !changed ? 'none' : china >= before ? 'up' : 'down',
    change: changed ? unsigned(locale.percentChange(china / before - 1)) : '',
    prior: prior ? locale.period(prior.key) : '',
    revised: prior?.firstReported?.china ? 'yes' : 'no',
    priorValue: changed ? locale.value(before, 'USD') : '',
  });
}
