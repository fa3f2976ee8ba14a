import { Fragment } from 'react';
import { useLocale } from '@/components/language-provider';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { SourceLine } from '@/components/source-line';
import { colourOfZone, FALLBACK_COLOUR } from '@/domain/colours';
import { localName, localShortName } from '@/domain/local-names';
import type { Zone } from '@/domain/zone';
import { intlLocale } from '@/lib/language';
import type { Locale } from '@/lib/locale';
import { methodText } from '@/domain/local-texts';
import { CoordinatesBadge } from './coordinates-badge';
import { inKashmir } from './kashmir';
import { LocalField, LocalText } from './local-text';
import { metricShort, statusLabel } from './map-messages';
import { placeName } from './place-names';
import { MarkerGlyph } from './zone-shape';
import type { Agreement } from './to-arcs';
import { statusStyles } from './to-markers';
import { sizeMetrics, type ZoneFigures } from './to-zone-metrics';
import { zoneListMessages as messages } from './zone-list-messages';
import styles from './zone-list.module.css';
import { figureText, formatArea, formatDates, joinClauses, notGiven, sourcedDateParts } from './zone-text';

/** Each date with a link to its own source when that is not the zone's (a later report of a withdrawal). */
function ZoneDates({ dates, locale }: { dates: Zone['dates']; locale: Locale }) {
  if (!dates.some((d) => d.provenance)) return <>{formatDates(dates, locale)}</>;
  const separator = joinClauses(locale, ['', '']);
  return dates.map((d, i) => (
    <span key={`${d.kind}-${d.date}`}>
      {i > 0 && separator}
      {d.provenance
        ? sourcedDateParts({ ...d, provenance: d.provenance }, locale, (text) =>
            d.provenance?.url ? (
              <a
                href={d.provenance.url}
                target="_blank"
                rel="noreferrer"
                title={d.provenance.source}
                lang="en"
              >
                {text}
              </a>
            ) : (
              <span lang="en">{text}</span>
            ),
          ).map((part, j) => <Fragment key={j}>{part}</Fragment>)
        : formatDates([d], locale)}
    </span>
  ));
}

interface ZoneListProps {
  zones: readonly Zone[];
  figures: ZoneFigures;
  agreements: readonly Agreement[];
  selected: readonly string[];
  onSelect: (id: string, additive: boolean) => void;
}

const english = (text: string) => <LocalText name={{ text, lang: 'en' }} />;

/** The map as a table: the same zones and facts, for screen readers, small screens and copying. */
export function ZoneList({ zones, figures, agreements, selected, onSelect }: ZoneListProps) {
  const t = useLocale();
  const agreementOf = new Map(agreements.map((a) => [a.counterpartId, a]));
  const collator = new Intl.Collator(intlLocale(t.lang));
  const sorted = [...zones].sort(
    (a, b) =>
      (a.country === b.country ? 0 : a.country === 'CN' ? -1 : 1) ||
      collator.compare(localShortName(a, t.lang).text, localShortName(b, t.lang).text),
  );
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption>{t.format(messages.caption, { count: zones.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t.format(messages.zone)}</th>
            <th scope="col">{t.format(messages.status)}</th>
            <th scope="col">{t.format(messages.place)}</th>
            <th scope="col">{t.format(messages.developer)}</th>
            <th scope="col">{t.format(messages.area)}</th>
            <th scope="col">{t.format(messages.dates)}</th>
            {sizeMetrics.map((m) => (
              <th key={m} scope="col">
                {metricShort(t, m)}
              </th>
            ))}
            <th scope="col">{t.format(messages.source)}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((zone) => {
            const isSelected = selected.includes(zone.id);
            const style = statusStyles[zone.status];
            const agreement = agreementOf.get(zone.id);
            return (
              <tr key={zone.id} className={isSelected ? styles.selected : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className={styles.toggle}
                    aria-pressed={isSelected}
                    onClick={(e) => onSelect(zone.id, e.shiftKey || e.metaKey || e.ctrlKey)}
                  >
                    <LocalText name={localShortName(zone, t.lang)} />
                  </button>
                  <span className={styles.fullName}>
                    <LocalText name={localName(zone, t.lang)} />
                  </span>
                </th>
                <td className={styles.statusCol}>
                  <span className={styles.status}>
                    <MarkerGlyph
                      shape={style.shape}
                      fill={zone.status === 'planned' ? FALLBACK_COLOUR : colourOfZone(zone.id)}
                    />
                    {statusLabel(t, zone.status)}
                  </span>
                  {zone.statusNote && zone.statusNote !== zone.status && (
                    <span className={styles.muted}>
                      {' '}
                      <LocalField record={zone} field="statusNote" />
                    </span>
                  )}
                </td>
                <td>
                  {t.formatRich(messages.placeText, {
                    city: () => <LocalText key="c" name={placeName(zone.city, t.lang)} />,
                    province: () => <LocalText key="p" name={placeName(zone.province, t.lang)} />,
                  })}
                  <span className={styles.muted}>
                    {' '}
                    {t.format(messages.precision, {
                      precision: zone.coordinates.precision === 'city-centroid' ? 'city' : 'site',
                      disputed: inKashmir(zone.coordinates.lon, zone.coordinates.lat) ? 'yes' : 'no',
                    })}
                  </span>
                  <CoordinatesBadge zone={zone} />
                </td>
                <td>{zone.developer ? english(zone.developer) : notGiven(t)}</td>
                <td>{formatArea(zone.area, t)}</td>
                <td>
                  <ZoneDates dates={zone.dates} locale={t} />
                </td>
                {sizeMetrics.map((m) => {
                  const figure = figures.get(zone.id)?.[m];
                  return (
                    <td key={m} className={styles.num}>
                      {figure ? (
                        <>
                          <bdi className={styles.nowrap}>{figureText(figure, t)}</bdi>{' '}
                          <ProvenanceBadge kind={figure.provenance.kind} className={styles.cellBadge} />
                        </>
                      ) : (
                        <span className={styles.muted}>{t.format(messages.noFigure)}</span>
                      )}
                    </td>
                  );
                })}
                <td className={styles.sourceCol}>
                  <ProvenanceBadge kind={zone.provenance.kind} method={methodText(zone.provenance, t.lang)} />{' '}
                  <SourceLine
                    provenance={zone.provenance}
                    prefix={t.format(messages.source)}
                    className={styles.line}
                  />
                  {zone.notes && (
                    <span className={styles.muted}>
                      {' '}
                      {t.formatRich(messages.notes, {
                        notes: () => <LocalField key="n" record={zone} field="notes" />,
                      })}
                    </span>
                  )}
                  {agreement && (
                    <SourceLine
                      provenance={agreement.provenance}
                      prefix={t.format(messages.agreement)}
                      className={styles.line}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
