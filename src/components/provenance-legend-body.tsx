// The footer legend itself; provenance-legend.tsx loads it after the first paint.
import { provenanceKinds } from '@/domain/provenance-kinds';
import { defineMessages } from '@/lib/messages';
import { useLocale } from './language-provider';
import { ProvenanceBadge, provenanceText } from './provenance-badge';
import styles from './provenance-legend-body.module.css';

const messages = defineMessages({
  title: {
    id: 'provenance.legend.title',
    defaultMessage: 'How to read the badges',
    description: 'Heading of the footer legend explaining the four provenance badges.',
  },
});

export function ProvenanceLegendBody() {
  const t = useLocale();
  return (
    <section aria-labelledby="legend-title" className={styles.legend}>
      <h2 id="legend-title">{t.format(messages.title)}</h2>
      <dl>
        {provenanceKinds.map((kind) => (
          <div key={kind}>
            <dt>
              <ProvenanceBadge kind={kind} />
            </dt>
            <dd>{provenanceText(kind, t).meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
