import { lazy, useEffect } from 'react';
import { localText } from '@/domain/local-texts';
import { LazyPlace } from '@/components/lazy-place';
import { takeIdleTurn } from '@/lib/idle-turns';
import { loadOnce } from '@/lib/load-once';
import { useLocale } from '@/components/language-provider';
import type { Provenance } from '@/domain/provenance';
import { localShortName } from '@/domain/local-names';
import { missingData } from '@/components/missing-data';
import { formatNote } from '@/components/note-runs';
import type { SlideSpec } from '@/components/slide-spec';
import type { Locale } from '@/lib/locale';
import { borderMessages } from './border-note';
import { mapPicture } from './map-picture';
import { keyList, statusWord } from './map-messages';
import styles from './map-slide.module.css';
import { slideMessages as messages } from './map-slide-messages';
import { mapCaveats, toMapLegend } from './to-map-pptx';
import { metricSpecs } from './to-zone-metrics';
import { useMapData } from './use-map-data';
import type { Zone } from '@/domain/zone';
import { localTitle } from './to-arcs';

// The map's code (d3, the map panel: about 45 KB gzip) loads beside the deck, not before its first
// paint: the deck opens on the cover. It asks for it in a quiet moment; printing and the exports
// await the slide's `ready`.
const loadMap = loadOnce(() => import('./corridor-map'));
const CorridorMap = lazy(() => loadMap().then((m) => ({ default: m.CorridorMap })));
const mapSlideReady = (): Promise<void> => loadMap().then(() => undefined);

/** Source titles are never translated: marked English inside the deck's language. */
const cite = (p: Provenance, t: Locale) =>
  formatNote(t, messages.cite, {
    source: { text: p.source, lang: 'en' },
    kind: p.kind,
    asOf: t.asOf(p.asOf),
  });

/**
 * The map slide: every zone and both Chinese counterparts, not clickable (a slide must not change
 * the deck's filters). Notes and sources come from the same queries the map draws from.
 */
export function useMapSlide(): SlideSpec {
  const t = useLocale();
  useEffect(() => takeIdleTurn(() => void mapSlideReady().catch(() => {})), []);
  const { zones, observations, events, figures, agreements } = useMapData();
  const all = zones.data ?? [];
  const pakistan = all.filter((z) => z.country === 'PK');
  const counterparts = all.filter((z) => z.country === 'CN');
  const figureProvenance = [...figures.values()].flatMap((f) =>
    f.companies ? [f.companies.provenance] : [],
  );
  const totalCompanies = [...figures.values()].reduce((sum, f) => sum + (f.companies?.value ?? 0), 0);
  const counts = { pakistan: pakistan.length, counterparts: counterparts.length };

  return {
    missing: missingData(
      [
        [t.format(messages.missingZones), zones],
        [t.format(messages.missingFigures), observations],
        [t.format(messages.missingAgreements), events],
      ],
      t,
    ),
    id: 'map',
    title: t.format(messages.title),
    subtitle: t.format(messages.subtitle, counts),
    ready: mapSlideReady,
    render: () => (
      <div className={styles.slide}>
        <LazyPlace loading={null}>
          <CorridorMap interactive={false} metric="companies" />
        </LazyPlace>
      </div>
    ),
    pptx: async (slide) => {
      const picture = zones.data ? await mapPicture(slide) : null;
      return picture
        ? {
            kind: 'image',
            image: {
              ...picture,
              altText: t.format(messages.alt, counts),
              legend: toMapLegend(all, t),
              notes: mapCaveats('companies', t.format(borderMessages.note), t),
            },
          }
        : null;
    },
    notes: [
      t.format(messages.statusNote, { counts: statusCounts(pakistan, t) }),
      ...agreements.map((a) =>
        formatNote(t, messages.arcNote, {
          zone: nameOf(all, a.counterpartId, t),
          title: localTitle(a, t.lang),
          cite: cite(a.provenance, t),
        }),
      ),
      ...(figureProvenance.length
        ? [
            formatNote(t, messages.sizesNote, {
              total: t.value(totalCompanies, metricSpecs.companies.unit),
              note: (figureProvenance[0] && localText(figureProvenance[0], 'note', t.lang)) ?? '',
              cite: cite(figureProvenance[0] as Provenance, t),
            }),
          ]
        : []),
      t.format(messages.locations),
    ],
    sources: [...all.map((z) => z.provenance), ...agreements.map((a) => a.provenance), ...figureProvenance],
    illustrative: figureProvenance.some((p) => p.kind === 'illustrative'),
  };
}

function nameOf(zones: readonly Zone[], id: string, t: Locale): string {
  const zone = zones.find((z) => z.id === id);
  return zone ? localShortName(zone, t.lang).text : id;
}

/** "3 launched, 5 notified, 8 planned", in the order the statuses first appear. */
function statusCounts(zones: readonly Zone[], t: Locale): string {
  const counts = new Map<Zone['status'], number>();
  for (const z of zones) counts.set(z.status, (counts.get(z.status) ?? 0) + 1);
  return keyList(
    t,
    [...counts].map(([status, count]) =>
      t.format(messages.statusCount, { count: t.number(count), status: statusWord(t, status) }),
    ),
  );
}
