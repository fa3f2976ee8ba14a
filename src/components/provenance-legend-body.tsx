// The footer legend itself; provenance-legend.tsx loads it after the first paint.
import { provenanceKinds } from '@/domain/provenance-kinds';
import { ProvenanceBadge, provenanceLabels } from './provenance-badge';

export function ProvenanceLegendBody() {
  return (
    <section aria-labelledby="legend-title" className="prov-legend">
      <h2 id="legend-title">How to read the badges</h2>
      <dl>
        {provenanceKinds.map((kind) => (
          <div key={kind}>
            <dt>
              <ProvenanceBadge kind={kind} />
            </dt>
            <dd>{provenanceLabels[kind].meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
