import { provenanceKinds } from '@/domain/provenance-kinds';
import { ProvenanceBadge, provenanceLabels } from './provenance-badge';

export function ProvenanceLegend() {
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
