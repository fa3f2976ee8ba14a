import './map-slide.css';
import type { Provenance } from '@/domain/provenance';
import { missingData } from '@/components/missing-data';
import type { SlideSpec } from '@/components/slide-spec';
import { BORDER_NOTE } from './border-note';
import { mapPicture } from './map-picture';
import { mapCaveats, toMapLegend } from './to-map-pptx';
import { formatAsOf, formatValue } from '@/lib/format';
import { CorridorMap } from './corridor-map';
import { metricSpecs } from './to-zone-metrics';
import { useMapData } from './use-map-data';

const cite = (p: Provenance) =>
  `Source: ${p.source}${p.kind === 'sourced' ? '' : ` [${p.kind}]`}, ${formatAsOf(p.asOf)}`;

/**
 * The map slide: every zone and both Chinese counterparts, not clickable (a slide must not change
 * the deck's filters). Notes and sources come from the same queries the map draws from.
 */
export function useMapSlide(): SlideSpec {
  const { zones, observations, events, figures, agreements } = useMapData();
  const all = zones.data ?? [];
  const pakistan = all.filter((z) => z.country === 'PK');
  const counterparts = all.filter((z) => z.country === 'CN');
  const figureProvenance = [...figures.values()].flatMap((f) =>
    f.companies ? [f.companies.provenance] : [],
  );
  const spec = metricSpecs.companies;
  const totalCompanies = [...figures.values()].reduce((sum, f) => sum + (f.companies?.value ?? 0), 0);

  return {
    missing: missingData([
      ['Zones', zones],
      ['Zone figures', observations],
      ['Agreements', events],
    ]),
    id: 'map',
    title: 'The corridor on the map',
    subtitle: `${pakistan.length} Pakistani zones and ${counterparts.length} Chinese counterparts, linked by the 2022 letters of intent`,
    render: () => (
      <div className="slide-map">
        <CorridorMap interactive={false} metric="companies" />
      </div>
    ),
    pptx: async (slide) => {
      const picture = zones.data ? await mapPicture(slide) : null;
      return picture
        ? {
            kind: 'image',
            image: {
              ...picture,
              altText: `Map of ${pakistan.length} Pakistani zones and ${counterparts.length} Chinese counterparts`,
              legend: toMapLegend(all),
              notes: mapCaveats(spec.label, BORDER_NOTE),
            },
          }
        : null;
    },
    notes: [
      `Status of the Pakistani zones: ${countBy(pakistan.map((z) => z.status))}.`,
      ...agreements.map((a) => `Arc to ${nameOf(all, a.counterpartId)}: ${a.title}. ${cite(a.provenance)}.`),
      ...(figureProvenance.length
        ? [
            `Marker sizes: ${spec.label.toLowerCase()}, ${formatValue(totalCompanies, spec.unit)} in all: ILLUSTRATIVE, not real per-zone figures. ${figureProvenance[0]?.note ?? ''} ${cite(figureProvenance[0] as Provenance)}.`,
          ]
        : []),
      'Locations are city centres, not sites.',
    ],
    sources: [...all.map((z) => z.provenance), ...agreements.map((a) => a.provenance), ...figureProvenance],
    illustrative: figureProvenance.some((p) => p.kind === 'illustrative'),
  };
}

const nameOf = (zones: readonly { id: string; shortName: string }[], id: string) =>
  zones.find((z) => z.id === id)?.shortName ?? id;

function countBy(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([v, n]) => `${n} ${v}`).join(', ');
}
