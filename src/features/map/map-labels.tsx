import type { GeoProjection } from 'd3-geo';
import { geoPath } from 'd3-geo';
import { memo, useMemo } from 'react';
import { localShortName, type LocalText } from '@/domain/local-names';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import { kashmirLabelAt, kashmirOutline } from './kashmir';
import styles from './map-labels.module.css';
import type { PlacedMarker } from './map-markers';
import { placeName } from './place-names';
import { toCountryLabels } from './to-country-labels';
import { boxAround, labelBox, placeLabels, union, type Box, type LabelRequest } from './to-labels';
import { applyTransform, type ZoomTransform } from './zoom-transform';

interface MapLabelsProps {
  placed: PlacedMarker[];
  projection: GeoProjection;
  t: ZoomTransform;
  width: number;
  height: number;
  locale: Locale;
}

const messages = defineMessages({
  country: {
    id: 'map.labels.country',
    defaultMessage:
      '{country, select, CN {CHINA} PK {PAKISTAN} IN {INDIA} AF {AFGHANISTAN} MN {MONGOLIA} other {IRAN}}',
    description:
      'A country’s name written across it on the map (capitals in English; no capitals elsewhere).',
  },
  kashmir: {
    id: 'map.labels.kashmir',
    defaultMessage: 'Kashmir: disputed (approx. outline)',
    description: 'Label of the hatched disputed region on the map; keep it short (it sits on the map).',
  },
  city: {
    id: 'map.labels.city-count',
    defaultMessage: '{city} ({count})',
    description: 'A city on the map where several zones are; count is how many ("Islamabad (4)").',
  },
});

/**
 * Labels are placed by geometry (a name to the right of its marker starts at x). Under `dir="rtl"`
 * SVG's start is the right-hand end, so for right-to-left text the anchor swaps to keep the geometry.
 */
const svgAnchor = (anchor: 'start' | 'middle' | 'end', rtl: boolean) =>
  !rtl || anchor === 'middle' ? anchor : anchor === 'start' ? 'end' : 'start';

/** A label's text attributes: its language when it fell back to English, and its own direction. */
type Named = Pick<LocalText, 'text'> & { lang: string };
const textProps = (name: Named, pageLang: string) => ({
  lang: name.lang === pageLang ? undefined : name.lang,
  direction: name.lang === 'ur' ? ('rtl' as const) : ('ltr' as const),
});
/** Above this on-screen width the region's label fits inside it (Pakistan preset, or zoomed in). */
const KASHMIR_INSIDE_WIDTH = 220;

/**
 * Names on the map, placed where they do not cover a marker: the Chinese counterparts, each
 * Pakistani city with a count when zones share it ("Islamabad (4)"), and the disputed region.
 * Memoised: placement runs when the markers, zoom, size or language change, not on hover.
 */
export const MapLabels = memo(function MapLabels({
  placed,
  projection,
  t,
  width,
  height,
  locale,
}: MapLabelsProps) {
  const lang = locale.lang;
  const own = (text: string): Named => ({ text, lang });
  const kashmirText = own(locale.format(messages.kashmir));
  const kashmirBounds = useMemo(() => geoPath(projection).bounds(kashmirOutline), [projection]);
  const [k0, k1] = [applyTransform(t, kashmirBounds[0]), applyTransform(t, kashmirBounds[1])];
  const kashmirBox: Box = { x0: k0[0], y0: k0[1], x1: k1[0], y1: k1[1] };
  const inside = kashmirBox.x1 - kashmirBox.x0 > KASHMIR_INSIDE_WIDTH;

  const obstacles = placed.map(({ at, r }) => boxAround(at, r + 1));
  const cities = new Map<string, PlacedMarker[]>();
  for (const p of placed) {
    if (p.marker.zone.status === 'counterpart') continue;
    cities.set(p.marker.zone.city, [...(cities.get(p.marker.zone.city) ?? []), p]);
  }
  // The disputed region first: it must always be named; city names give way if crowded.
  const names = new Map<string, Named>([['kashmir', kashmirText]]);
  const request = (id: string, name: Named, around: Box): LabelRequest => {
    names.set(id, name);
    return { id, text: name.text, around };
  };
  const requests: LabelRequest[] = [
    ...(inside ? [] : [request('kashmir', kashmirText, kashmirBox)]),
    ...placed
      .filter((p) => p.marker.zone.status === 'counterpart')
      .map((p) => request(p.marker.id, localShortName(p.marker.zone, lang), boxAround(p.at, p.r))),
    ...[...cities.entries()]
      .sort((a, b) => b[1].length - a[1].length)
      .map(([city, members]) => {
        const name = placeName(city, lang);
        const text =
          members.length > 1
            ? locale.format(messages.city, { city: name.text, count: locale.number(members.length) })
            : name.text;
        return request(
          `city:${city}`,
          { text, lang: name.lang },
          union(members.map(({ at, r }) => boxAround(at, r))),
        );
      }),
  ];
  const labels = placeLabels(requests, obstacles, { width, height });
  const countries = toCountryLabels(
    (code) => locale.format(messages.country, { country: code }),
    (lonLat) => {
      const xy = projection([lonLat[0], lonLat[1]]);
      return xy ? applyTransform(t, xy) : null;
    },
    [...obstacles, ...labels.map(labelBox)],
    { width, height },
  );
  const insideAt = inside ? projection(kashmirLabelAt) : null;
  const insideXY = insideAt ? applyTransform(t, insideAt) : null;

  const rtl = (name: Named) => name?.lang === 'ur';
  return (
    <g aria-hidden="true">
      {countries.map(({ code, name, x, y, focus }) => (
        <text
          key={code}
          x={x}
          y={y}
          textAnchor="middle"
          className={focus ? `${styles.label} ${styles.focus}` : styles.label}
          {...textProps(own(name), lang)}
        >
          {name}
        </text>
      ))}
      {labels.map((l) => {
        const name = names.get(l.id) ?? own(l.text);
        const kind =
          l.id === 'kashmir' ? styles.disputed : l.id.startsWith('city:') ? styles.city : styles.zone;
        return (
          <text
            key={l.id}
            x={l.x}
            y={l.y}
            textAnchor={svgAnchor(l.anchor, rtl(name))}
            className={`${styles.label} ${kind}`}
            {...textProps(name, lang)}
          >
            {l.text}
          </text>
        );
      })}
      {insideXY && (
        <text
          x={insideXY[0]}
          y={insideXY[1]}
          className={`${styles.label} ${styles.disputed}`}
          textAnchor="middle"
          {...textProps(kashmirText, lang)}
        >
          {kashmirText.text}
        </text>
      )}
    </g>
  );
});
