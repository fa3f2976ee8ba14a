import './overview.css';
import './overview-slides.css';
import { useQueries, useQuery } from '@tanstack/react-query';
import { missingData } from '@/components/missing-data';
import type { SlideSpec } from '@/components/slide-spec';
import type { Provenance } from '@/domain/provenance';
import { kpiDefinitions, type KpiDefinition } from './kpi-definitions';
import type { Kpi } from './kpi-model';
import { KpiSlot } from './kpi-slot';
import { toKpiPptx } from './to-kpi-pptx';
import { observationsQuery } from '@/lib/endpoints/observations';
import { worldBankQuery } from '@/lib/endpoints/world-bank';
import { zonesQuery } from '@/lib/endpoints/zones';
import { formatAsOf } from '@/lib/format';
import { applyViewFilters, yearsOf, type ViewFilters } from '@/lib/view-filters';

/** The overview's seven cards on three slides, grouped by the question each answers in a meeting. */
const groups = [
  {
    id: 'kpi-zones',
    title: 'Zones and companies',
    subtitle: 'Special Technology Zones, the companies licensed in them, and SEDA on the Fortune lists',
    kpis: ['zones', 'companies', 'seda-fortune500'],
  },
  {
    id: 'kpi-money',
    title: 'Investment and exports',
    subtitle: 'Net foreign direct investment from China, and Pakistan’s ICT export remittances',
    kpis: ['fdi-china', 'ict-exports'],
  },
  {
    id: 'kpi-people',
    title: 'Pakistan’s people',
    subtitle: 'The census figures, with the World Bank’s estimates beside them',
    kpis: ['population', 'youth'],
  },
] as const;

const sentence = (text: string) => text.replace(/\.$/, '');
/** An estimate says how it was made wherever it is shown: the notes (and the exported pack) too. */
const kindWord = (p: Provenance) =>
  p.kind === 'sourced' ? '' : ` [${p.kind}${p.method ? `: ${sentence(p.method)}` : ''}]`;
const cite = (p: Provenance) => `Source: ${p.source}${kindWord(p)}, ${formatAsOf(p.asOf)}.`;

/** Notes read aloud easily: "FDI from China: $1.23bn — FY2025; +90.8% vs FY2024 (estimate: …). Source: …". */
function kpiNotes(title: string, kpi: Kpi | null): string[] {
  if (!kpi) return [`${title}: no figures loaded.`];
  const { headline, delta, deltaNote, beside } = kpi;
  const change = delta
    ? `; ${delta.display} ${delta.against} (${delta.provenance.kind}: ${sentence(delta.provenance.method ?? '')}).`
    : deltaNote
      ? `. ${sentence(deltaNote)}.`
      : '.';
  return [
    `${title}: ${headline.display} — ${headline.label}${change} ${cite(headline.provenance)}`,
    ...beside.map((f) => `Beside it: ${f.display} — ${f.label}. ${cite(f.provenance)}`),
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
          kpi: data ? definition.shape(data, contextOf(definition.id), { zones: zones.data }) : null,
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
      title: group.title,
      subtitle: group.subtitle,
      render: () => (
        <div className="slide-kpis" style={{ '--kpi-columns': members.length } as React.CSSProperties}>
          {members.map(({ definition }) => (
            <KpiSlot key={definition.id} definition={definition} />
          ))}
        </div>
      ),
      notes: members.flatMap(({ definition, kpi }) => kpiNotes(definition.title, kpi)),
      pptx: () => {
        const kpis = members.flatMap(({ definition, kpi }) =>
          kpi ? [toKpiPptx(definition.title, kpi)] : [],
        );
        return kpis.length ? { kind: 'kpis', kpis } : null;
      },
      sources: members.flatMap(({ kpi }) => kpiSources(kpi)),
      illustrative: false,
      missing: missingData(
        members.flatMap(({ definition, query }) => (query ? [[definition.title, query] as const] : [])),
      ),
    };
  });
}
