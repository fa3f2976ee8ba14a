import type { Observation } from '@/domain/observation';
import { derivedProvenance, type Provenance } from '@/domain/provenance';
import { sameVintageShare } from '@/domain/vintage';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';

const messages = defineMessages({
  method: {
    id: 'charts.fdi.share-method',
    defaultMessage:
      'Computed by the dashboard: net FDI from China {china} ÷ all countries {total}, {period}, both from the same report{vintage, select, revised { (revised figures)} first { (first reported figures)} other {}}.',
    description: "How China's share is computed; china and total are amounts, period a fiscal year.",
  },
});

/**
 * China's share of all net FDI in one fiscal year, from the two figures of one reporting round
 * (SBP revises both, not always together): a revised total never divides a first-reported China figure.
 */
export function chinaShare(
  observations: readonly Observation[],
  period: string,
  locale: Locale,
): { value: number; vintage: Observation['vintage']; provenance: Provenance } | undefined {
  const share = sameVintageShare(
    observations.filter((o) => o.geo === 'PAK'),
    'fdi-net-china',
    'fdi-net-total',
    period,
  );
  if (!share) return undefined;
  const { part: china, whole: total } = share;
  return {
    value: share.value,
    vintage: china.vintage,
    provenance: derivedProvenance([china.provenance, total.provenance], {
      text: locale.format(messages.method, {
        china: locale.value(china.value, 'USD'),
        total: locale.value(total.value, 'USD'),
        period: locale.period(period),
        vintage: china.vintage === 'first-reported' ? 'first' : (china.vintage ?? 'none'),
      }),
      lang: locale.lang,
    }),
  };
}
