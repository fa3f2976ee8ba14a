import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useLocale } from '@/components/language-provider';
import { missingData } from '@/components/missing-data';
import { formatNote, type Note } from '@/components/note-runs';
import type { SlideSpec } from '@/components/slide-spec';
import type { Provenance } from '@/domain/provenance';
import { kpiDefinitions, rememberingShape, type KpiDefinition } from './kpi-definitions';
import type { Kpi } from './kpi-model';
import { KpiSlot } from './kpi-slot';
import { toKpiPptx } from './to-kpi-pptx';
import styles from './kpi-card.module.css';
import { observationsQuery } from '@/lib/endpoints/observations';
import { worldBankQuery } from '@/lib/endpoints/world-bank';
import { metaQueryOptions } from '@/lib/endpoints/meta';
import { zonesQuery } from '@/lib/endpoints/zones';
import type { Locale } from '@/lib/locale';
import { applyViewFilters, yearsOf, type ViewFilters } from '@/lib/view-filters';
import { methodText } from '@/domain/local-texts';
import { slideMessages as m } from './overview-slides-messages';

/** The overview's seven cards on three slides, grouped by the question each answers in a meeting. */
const groups = [
  {
    id: 'kpi-zones',
    title: m.zonesTitle,
    subtitle: m.zonesSubtitle,
    kpis: ['zones', 'companies', 'seda-fortune500'],
  },
  { id: 'kpi-money', title: m.moneyTitle, subtitle: m.moneySubtitle, kpis: ['fdi-china', 'ict-exports'] },
  { id: 'kpi-people', title: m.peopleTitle, subtitle: m.peopleSubtitle, kpis: ['population', 'youth'] },
] as const;

/** A method or note inside a sentence of the notes, without its own full stop (Latin, Chinese, Urdu). */
const sentence = (text: string) => text.replace(/[.。۔]$/, '');

/**
 * An estimate says how it was made wherever it is shown: the notes (and the exported pack) too.
 * Source titles stay in their language (English); a method untranslated in the data is English, marked.
 */
const cite = (p: Provenance, t: Locale): Note => {
  const values = { source: { text: p.source, lang: 'en' }, kind: p.kind, asOf: t.asOf(p.asOf) };
  if (p.kind === 'sourced') return formatNote(t, m.citeSourced, values);
  const method = methodText(p, t.lang);
  return method
    ? formatNote(t, m.citeHow, { ...values, method: { ...method, text: sentence(method.text) } })
    : formatNote(t, m.citeKind, values);
};

/** Notes read aloud easily: "FDI from China: $1.23bn — FY2025; +90.8% vs FY2024 (estimate: …). Source: …". */
function kpiNotes(title: string, kpi: Kpi | null, t: Locale): Note[] {
  if (!kpi) return [t.format(m.noFigures, { title })];
  const { headline, delta, deltaNote, beside } = kpi;
  const values = {
    title,
    value: headline.display,
    label: headline.label,
    cite: cite(headline.provenance, t),
  };
  const first = delta
    ? formatNote(t, m.noteChange, {
        ...values,
        change: delta.display,
        against: delta.against,
        kind: delta.provenance.kind,
        method: sentence(delta.provenance.method ?? ''),
      })
    : deltaNote
      ? formatNote(t, m.noteWithNote, { ...values, note: sentence(deltaNote) })
      : formatNote(t, m.note, values);
  return [
    first,
    ...beside.map((f) =>
      formatNote(t, m.beside, { value: f.display, label: f.label, cite: cite(f.provenance, t) }),
    ),
  ];
}

const kpiSources = (kpi: Kpi | null): Provenance[] =>
  kpi
    ? [
        kpi.headline.provenance,
        ...kpi.beside.map((f) => f.provenance),
        ...(kpi.delta ? [kpi.delta.provenance] : []),
        ...(kpi.trend ? [kpi.trend.provenance] : []),
      ]
    : [];

/**
 * The KPI cards render themselves (their own queries, states and retry); this asks the same
 * queries (same keys, so the cache answers once) to write each slide's notes and footer sources.
 */
export function useKpiSlides(filters: ViewFilters): SlideSpec[] {
  const t = useLocale();
  const years = yearsOf(filters);
  const primary = useQueries({
    queries: kpiDefinitions.map((d) =>
      observationsQuery(applyViewFilters(d.observations, filters, { breakdown: false })),
    ),
  });
  // Only cards with a World Bank series ask for one (one query per series, none duplicated).
  const withContext = kpiDefinitions.flatMap((d) => (d.worldBank ? [{ id: d.id, params: d.worldBank }] : []));
  const context = useQueries({
    queries: withContext.map(({ params }) => worldBankQuery({ ...params, ...years })),
  });
  const contextOf = (id: string) => context[withContext.findIndex((c) => c.id === id)]?.data;
  const zones = useQuery(zonesQuery());
  const meta = useQuery(metaQueryOptions()).data?.indicators;
  // Each KPI is shaped again only when its own answers change (kpi-definitions.ts).
  const [shape] = useState(rememberingShape);
  const zoneContext = useMemo(() => ({ zones: zones.data }), [zones.data]);
  const kpis = new Map<
    string,
    { definition: KpiDefinition; kpi: Kpi | null; query: (typeof primary)[number] | undefined }
  >(
    kpiDefinitions.map((definition, i) => {
      const query = primary[i];
      const data = query?.data;
      return [
        definition.id,
        {
          definition,
          kpi: data ? shape(definition.id, data, contextOf(definition.id), zoneContext, t) : null,
          query,
        },
      ];
    }),
  );

  return groups.map((group) => {
    const members = group.kpis.flatMap((id) => {
      const entry = kpis.get(id);
      return entry ? [entry] : [];
    });
    return {
      id: group.id,
      title: t.format(group.title),
      subtitle: t.format(group.subtitle),
      render: () => (
        <div className={styles.slideGrid} style={{ '--kpi-columns': members.length } as React.CSSProperties}>
          {members.map(({ definition }) => (
            <KpiSlot
              key={definition.id}
              definition={definition}
              filters={filters}
              zones={zones.data}
              meta={meta}
            />
          ))}
        </div>
      ),
      notes: members.flatMap(({ definition, kpi }) => kpiNotes(t.format(definition.title), kpi, t)),
      pptx: () => {
        const kpis = members.flatMap(({ definition, kpi }) =>
          kpi ? [toKpiPptx(t.format(definition.title), kpi, t)] : [],
        );
        return kpis.length ? { kind: 'kpis', kpis } : null;
      },
      sources: members.flatMap(({ kpi }) => kpiSources(kpi)),
      illustrative: false,
      missing: missingData(
        members.flatMap(({ definition, query }) =>
          query ? [[t.format(definition.title), query] as const] : [],
        ),
        t,
      ),
    };
  });
}
