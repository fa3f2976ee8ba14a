import { useQuery } from '@tanstack/react-query';
import { Children, lazy, type ReactNode } from 'react';
import { useLocale } from '@/components/language-provider';
import { LazyPlace } from '@/components/lazy-place';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { EmptyState, ErrorState, failureOf, LoadingBlock, StaleNotice } from '@/components/panel-states';
import type { Indicator } from '@/domain/indicator';
import { localName, localShortName } from '@/domain/local-names';
import type { Zone } from '@/domain/zone';
import { intlLocale } from '@/lib/language';
import { observationsQuery } from '@/lib/endpoints/observations';
import { compareMessages as m } from './compare-messages';
import { LazyMultiPicker } from '@/components/lazy-multi-picker';
import { Named, NamedOptions } from './local-text';
import { toComparison, toIndexedSeries } from './to-comparison';
import { toZoneGroups } from '@/lib/filter-options';
import { localText } from '@/domain/local-texts';
import { useExploreParams } from './use-explore-params';
import styles from './compare-panel.module.css';
import { columnMessages } from '@/lib/column-messages';

// Recharts (and its store) loads when a comparison is first drawn: most visits to Explore compare
// nothing, and evaluating it cost their first load tens of milliseconds of a slow phone's main thread.
const CompareChart = lazy(() =>
  import('./compare-chart').then((module) => ({ default: module.CompareChart })),
);

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
  const t = useLocale();
  const [params, setParams] = useExploreParams();
  const picked = params.compare.slice(0, MAX_ZONES);
  const query = useQuery({ ...observationsQuery({ zones: picked, sectors }), enabled: picked.length > 0 });
  const zoneName = (id: string) => {
    const zone = zones.find((z) => z.id === id);
    return zone ? localShortName(zone, t.lang) : { text: id, lang: 'en' as const };
  };
  const list = (ids: readonly string[]) =>
    new Intl.ListFormat(intlLocale(t.lang), { type: 'conjunction' }).format(
      ids.map((id) => zoneName(id).text),
    );
  const comparison = query.data ? toComparison(query.data, picked, indicators, t) : [];
  const zoneIndicators = indicators.filter((i) => i.id.startsWith('zone-'));
  const measure = zoneIndicators.find((i) => i.id === params.measure) ?? zoneIndicators[0];
  const series = query.data && measure ? toIndexedSeries(query.data, measure.id, picked, params.base) : null;
  const measureName = measure ? localName(measure, t.lang) : null;

  return (
    <section className={styles.compare} aria-labelledby="compare-title">
      <h3 id="compare-title">{t.format(m.title)}</h3>
      <div className={styles.controls}>
        <LazyMultiPicker
          label={t.format(m.zones)}
          searchable
          groups={() => toZoneGroups(zones)}
          selected={picked}
          onChange={(ids) => void setParams({ compare: ids.slice(0, MAX_ZONES) })}
          itemText={(z) => localShortName(z, t.lang).text}
        />
        <label className={styles.field}>
          {t.format(m.series)}{' '}
          <select value={measure?.id ?? ''} onChange={(e) => void setParams({ measure: e.target.value })}>
            <NamedOptions items={zoneIndicators} pageLang={t.lang} />
          </select>
        </label>
        <label className={styles.field}>
          {t.format(m.base)}{' '}
          <select
            value={params.base ?? ''}
            onChange={(e) => void setParams({ base: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">{t.format(m.raw)}</option>
            {BASE_YEARS.map((y) => (
              <option key={y} value={y}>
                {t.format(m.baseOption, { year: String(y) })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {picked.length < 2 ? (
        <EmptyState>{t.format(m.pick, { max: MAX_ZONES })}</EmptyState>
      ) : failureOf(query) ? (
        <ErrorState
          error={failureOf(query)}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : query.isPending ? (
        <LoadingBlock label={t.format(m.loading)} lines={5} />
      ) : comparison.length === 0 ? (
        <EmptyState>{t.format(m.none)}</EmptyState>
      ) : (
        <>
          <StaleNotice queries={[query]} />
          {series && measure && measureName && series.points.length > 0 && (
            <>
              <LazyPlace loading={<LoadingBlock label={measureName.text} lines={6} />}>
                <CompareChart
                  points={series.points}
                  zones={picked
                    .filter((z) => !series.notIndexable.includes(z))
                    .map((id) => ({ id, name: zoneName(id).text }))}
                  indexed={params.base !== null}
                  unit={measure.unit}
                  label={t.format(m.chart, {
                    indexed: params.base !== null ? 'yes' : 'no',
                    series: measureName.text,
                    zones: list(picked),
                    year: String(params.base ?? ''),
                  })}
                />
              </LazyPlace>
              <p className={styles.note}>
                {Children.toArray(
                  t.formatRich<ReactNode>(m.kinds, {
                    badges: () =>
                      [
                        ...new Set(
                          comparison
                            .filter((r) => r.indicatorId === measure.id)
                            .flatMap((r) => Object.values(r.cells).flatMap((c) => c?.kinds ?? [])),
                        ),
                      ].map((k) => <ProvenanceBadge key={k} kind={k} />),
                    // The data's description in the reader's language, or English marked as such.
                    description: (
                      <Named
                        name={localText(measure, 'description', t.lang) ?? { text: '', lang: 'en' }}
                        pageLang={t.lang}
                      />
                    ),
                  }),
                )}
              </p>
              {series.notIndexable.length > 0 && (
                <p className={styles.note}>
                  {t.format(m.notIndexable, { zones: list(series.notIndexable), year: String(params.base) })}
                </p>
              )}
            </>
          )}
          {/* Phones scroll the table sideways, not the page; the wrapper is focusable and named for keyboards. */}
          <div className={styles.wrap} role="region" aria-labelledby="compare-caption" tabIndex={0}>
            <table className={styles.table}>
              <caption id="compare-caption">{t.format(m.caption)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.format(columnMessages.indicator)}</th>
                  <th scope="col">{t.format(columnMessages.period)}</th>
                  {picked.map((id) => (
                    <th key={id} scope="col" className={styles.num}>
                      <Named name={zoneName(id)} pageLang={t.lang} />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {comparison.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">
                      <Named name={row.indicator} pageLang={t.lang} />
                    </th>
                    <td>{row.period}</td>
                    {picked.map((id) => {
                      const cell = row.cells[id];
                      return (
                        <td key={id} className={styles.num}>
                          {cell ? (
                            <>
                              <bdi>{cell.display}</bdi>{' '}
                              {cell.kinds.map((k) => (
                                <ProvenanceBadge key={k} kind={k} />
                              ))}
                            </>
                          ) : (
                            <span className={styles.note}>{t.format(m.noFigure)}</span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
