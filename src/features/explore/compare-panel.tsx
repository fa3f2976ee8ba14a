import { useQuery } from '@tanstack/react-query';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { EmptyState, ErrorState, failureOf, LoadingBlock, StaleNotice } from '@/components/panel-states';
import type { Indicator } from '@/domain/indicator';
import type { Zone } from '@/domain/zone';
import { observationsQuery } from '@/lib/endpoints/observations';
import { CompareChart } from './compare-chart';
import { MultiPicker } from '@/components/multi-picker';
import { toComparison, toIndexedSeries } from './to-comparison';
import { toZoneGroups } from '@/lib/filter-options';
import { useExploreParams } from './use-explore-params';

const MAX_ZONES = 4;
const BASE_YEARS = [2022, 2023, 2024];

/** Two to four zones side by side, with the option to index a series to a base year. */
export function ComparePanel({
  zones,
  indicators,
  sectors,
}: {
  zones: readonly Zone[];
  indicators: readonly Indicator[];
  sectors: readonly string[];
}) {
  const [params, setParams] = useExploreParams();
  const picked = params.compare.slice(0, MAX_ZONES);
  const query = useQuery({ ...observationsQuery({ zones: picked, sectors }), enabled: picked.length > 0 });
  const zoneName = (id: string) => zones.find((z) => z.id === id)?.shortName ?? id;
  const comparison = query.data ? toComparison(query.data, picked, indicators) : [];
  const zoneIndicators = indicators.filter((i) => i.id.startsWith('zone-'));
  const measure = zoneIndicators.find((i) => i.id === params.measure) ?? zoneIndicators[0];
  const series = query.data && measure ? toIndexedSeries(query.data, measure.id, picked, params.base) : null;

  return (
    <section className="compare" aria-labelledby="compare-title">
      <h3 id="compare-title">Compare zones</h3>
      <div className="compare-controls">
        <MultiPicker
          label="Zones to compare"
          searchable
          groups={toZoneGroups(zones)}
          selected={picked}
          onChange={(ids) => void setParams({ compare: ids.slice(0, MAX_ZONES) })}
          itemText={(z) => z.shortName}
        />
        <label className="inline-field">
          Series{' '}
          <select value={measure?.id ?? ''} onChange={(e) => void setParams({ measure: e.target.value })}>
            {zoneIndicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          Index to base year{' '}
          <select
            value={params.base ?? ''}
            onChange={(e) => void setParams({ base: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">No (raw values)</option>
            {BASE_YEARS.map((y) => (
              <option key={y} value={y}>
                {y} = 100
              </option>
            ))}
          </select>
        </label>
      </div>
      {picked.length < 2 ? (
        <EmptyState>Pick two to four zones to compare them side by side (at most {MAX_ZONES}).</EmptyState>
      ) : failureOf(query) ? (
        <ErrorState
          error={failureOf(query)}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : query.isPending ? (
        <LoadingBlock label="comparison" lines={5} />
      ) : comparison.length === 0 ? (
        <EmptyState>
          None of these zones has zone-level figures: no public source breaks figures down this way.
        </EmptyState>
      ) : (
        <>
          <StaleNotice queries={[query]} />
          {series && measure && series.points.length > 0 && (
            <>
              <CompareChart
                points={series.points}
                zones={picked
                  .filter((z) => !series.notIndexable.includes(z))
                  .map((id) => ({ id, name: zoneName(id) }))}
                indexed={params.base !== null}
                label={`${measure.name} for ${picked.map(zoneName).join(', ')}${params.base ? `, indexed to ${params.base} = 100` : ''}`}
              />
              <p className="compare-note">
                Figures in this chart:{' '}
                {[
                  ...new Set(
                    comparison
                      .filter((r) => r.indicator === measure.name)
                      .flatMap((r) => Object.values(r.cells).flatMap((c) => c?.kinds ?? [])),
                  ),
                ].map((k) => (
                  <ProvenanceBadge key={k} kind={k} />
                ))}{' '}
                {measure.description}
              </p>
              {series.notIndexable.length > 0 && (
                <p className="compare-note">
                  Not in the chart: {series.notIndexable.map(zoneName).join(', ')} (no figure in {params.base}{' '}
                  to index to).
                </p>
              )}
            </>
          )}
          <table className="explore-table compare-table">
            <caption>Zones side by side (zone-level figures; sectors summed)</caption>
            <thead>
              <tr>
                <th scope="col">Indicator</th>
                <th scope="col">Period</th>
                {picked.map((id) => (
                  <th key={id} scope="col">
                    {zoneName(id)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {comparison.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.indicator}</th>
                  <td>{row.period}</td>
                  {picked.map((id) => {
                    const cell = row.cells[id];
                    return (
                      <td key={id} className="num">
                        {cell ? (
                          <>
                            {cell.display}{' '}
                            {cell.kinds.map((k) => (
                              <ProvenanceBadge key={k} kind={k} />
                            ))}
                          </>
                        ) : (
                          <span className="muted">no figure</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
