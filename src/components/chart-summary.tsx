import { methodText } from '@/domain/local-texts';
import { derivedProvenance, type Provenance } from '@/domain/provenance';
import { defineMessages, type Translator } from '@/lib/messages';
import { useLocale } from './language-provider';
import { ProvenanceBadge } from './provenance-badge';

const messages = defineMessages({
  /**
   * A summary states changes, shares and gaps no source printed ("up 90.8% on FY2024"): a derived
   * figure, as weak as the weakest figure it reads, and it says how it was made.
   */
  summaryMethod: {
    id: 'components.chart-frame.summary-method',
    defaultMessage:
      'Computed by the dashboard from the figures in this chart (see the table view for each one with its source): changes, shares and differences in this sentence are not printed by any source.',
    description:
      'How the one-sentence summary above a chart was made; shown in the summary badge, its tooltip and exported images.',
  },
});

/** The summary's own provenance: derived from every figure the chart shows; null with no figures. */
export function summaryProvenance(provenances: readonly Provenance[], t: Translator): Provenance | null {
  return provenances.length
    ? derivedProvenance(provenances, { text: t.format(messages.summaryMethod), lang: t.lang })
    : null;
}

/** The badge after a chart's summary sentence, on the page and on its slide. */
export function SummaryBadge({ provenances }: { provenances: readonly Provenance[] }) {
  const t = useLocale();
  const p = summaryProvenance(provenances, t);
  if (!p) return null;
  return (
    <>
      {' '}
      <ProvenanceBadge kind={p.kind} method={methodText(p, t.lang)} />
    </>
  );
}
