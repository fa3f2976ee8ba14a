import { useLocale } from '@/components/language-provider';
import { ProvenanceBadge } from '@/components/provenance-badge';
import { shortSource } from '@/components/source-line';
import { localName } from '@/domain/local-names';
import { methodText } from '@/domain/local-texts';
import type { Zone } from '@/domain/zone';
import { defineMessages } from '@/lib/messages';
import { CoordinatesBadge } from './coordinates-badge';
import { LocalField, LocalText } from './local-text';
import { countryName, metricLabel, metricShort, statusLabel } from './map-messages';
import { placeName } from './place-names';
import { localTitle, type Agreement } from './to-arcs';
import { statusStyles } from './to-markers';
import { sizeMetrics, type SizeMetric, type ZoneFigure } from './to-zone-metrics';
import styles from './zone-facts.module.css';
import { figureText, formatArea, formatDates, locationText, notGiven } from './zone-text';

const messages = defineMessages({
  place: {
    id: 'map.facts.place',
    defaultMessage: '<city></city>, <province></province> · {country}.',
    description: 'Where a zone is: its city, province and country.',
  },
  status: { id: 'map.facts.status', defaultMessage: 'Status', description: 'Term in the zone tooltip.' },
  developer: {
    id: 'map.facts.developer',
    defaultMessage: 'Developer',
    description: 'Term in the zone tooltip: who builds or runs the zone.',
  },
  area: { id: 'map.facts.area', defaultMessage: 'Area', description: 'Term in the zone tooltip.' },
  areaAndDates: {
    id: 'map.facts.area-dates',
    defaultMessage: '{area}. Dates: {dates}',
    description: 'A zone’s area, then its dated steps ("notified 6 Jan 2022; launched 2023").',
  },
  notes: { id: 'map.facts.notes', defaultMessage: 'Notes', description: 'Term in the zone tooltip.' },
  agreement: {
    id: 'map.facts.agreement',
    defaultMessage: 'Agreement',
    description: 'Term in a Chinese counterpart’s tooltip: its letter of intent with STZA.',
  },
  agreementText: {
    id: 'map.facts.agreement-text',
    defaultMessage: '<title></title>{date, select, none {} other {, {date}}} ({source})',
    description: 'The agreement: its title (from the data, translated where it has one), date and source.',
  },
  noAgreement: {
    id: 'map.facts.no-agreement',
    defaultMessage: 'none in the data',
    description: 'In place of a counterpart’s agreement when there is none.',
  },
  figures: { id: 'map.facts.figures', defaultMessage: 'Figures', description: 'Term in the zone tooltip.' },
  noFigure: {
    id: 'map.facts.no-figure',
    defaultMessage: '{metric}: no figure for the selected period and sectors',
    description: 'A zone without a figure; metric is "Companies in zone" or "Developer investment".',
  },
  figure: {
    id: 'map.facts.figure',
    defaultMessage: '{metric}: <b>{figure}</b>',
    description: 'A zone’s figure; metric is "Companies" or "Investment", figure reads "12 (FY2024)".',
  },
  source: { id: 'map.facts.source', defaultMessage: 'Source', description: 'Term in the zone tooltip.' },
  sourceText: {
    id: 'map.facts.source-text',
    defaultMessage: '<source></source>, {asOf}',
    description: 'The zone’s source (its title stays in its own language) and "as of" date.',
  },
});

/** Data the API gives in English only (developers, source titles): marked so. */
const english = (text: string) => <LocalText name={{ text, lang: 'en' }} />;

/** One figure with its provenance kind in words and shape, never a bare number. */
function FigureLine({ metric, figure }: { metric: SizeMetric; figure: ZoneFigure | undefined }) {
  const t = useLocale();
  if (!figure)
    return (
      <span className={styles.muted}>{t.format(messages.noFigure, { metric: metricLabel(t, metric) })}</span>
    );
  return (
    <span>
      {t.formatRich(messages.figure, {
        metric: metricShort(t, metric),
        figure: figureText(figure, t),
        b: (chunks) => <strong key="b">{chunks}</strong>,
      })}{' '}
      <ProvenanceBadge kind={figure.provenance.kind} />
    </span>
  );
}

interface ZoneFactsProps {
  zone: Zone;
  figures: Partial<Record<SizeMetric, ZoneFigure>>;
  disputed: boolean;
  agreement: Agreement | undefined;
}

/**
 * The tooltip's facts, compact enough to fit beside a marker in a 340-pixel frame: what, where
 * (and how exactly), status, who, how big, when, figures with their kind, and the source.
 */
export function ZoneFacts({ zone, figures, disputed, agreement }: ZoneFactsProps) {
  const t = useLocale();
  const style = statusStyles[zone.status];
  return (
    <>
      <p className={styles.title}>
        <LocalText name={localName(zone, t.lang)} />
      </p>
      <p className={styles.place}>
        {t.formatRich(messages.place, {
          city: () => <LocalText key="c" name={placeName(zone.city, t.lang)} />,
          province: () => <LocalText key="p" name={placeName(zone.province, t.lang)} />,
          country: countryName(t, zone.country),
        })}{' '}
        {locationText(zone, disputed, t)}
        <CoordinatesBadge zone={zone} />
      </p>
      <dl className={styles.facts}>
        <dt>{t.format(messages.status)}</dt>
        <dd>
          <span aria-hidden="true">{style.glyph} </span>
          {statusLabel(t, zone.status)}
          {zone.statusNote && zone.statusNote !== zone.status && (
            <>
              : <LocalField record={zone} field="statusNote" />
            </>
          )}
        </dd>
        <dt>{t.format(messages.developer)}</dt>
        <dd>{zone.developer ? english(zone.developer) : notGiven(t)}</dd>
        <dt>{t.format(messages.area)}</dt>
        <dd>
          {t.format(messages.areaAndDates, {
            area: formatArea(zone.area, t),
            dates: formatDates(zone.dates, t),
          })}
        </dd>
        {zone.notes && (
          <>
            <dt>{t.format(messages.notes)}</dt>
            <dd>
              <LocalField record={zone} field="notes" />
            </dd>
          </>
        )}
        {zone.status === 'counterpart' ? (
          <>
            <dt>{t.format(messages.agreement)}</dt>
            <dd>
              {agreement
                ? t.formatRich(messages.agreementText, {
                    title: () => <LocalText key="t" name={localTitle(agreement, t.lang)} />,
                    date: agreement.date ? t.date(agreement.date) : 'none',
                    source: shortSource(agreement.provenance.source),
                  })
                : t.format(messages.noAgreement)}
            </dd>
          </>
        ) : (
          <>
            <dt>{t.format(messages.figures)}</dt>
            <dd className={styles.figures}>
              {sizeMetrics.map((m) => (
                <FigureLine key={m} metric={m} figure={figures[m]} />
              ))}
            </dd>
          </>
        )}
        <dt>{t.format(messages.source)}</dt>
        <dd>
          <ProvenanceBadge kind={zone.provenance.kind} method={methodText(zone.provenance, t.lang)} />{' '}
          {t.formatRich(messages.sourceText, {
            source: () => (
              <LocalText key="s" name={{ text: shortSource(zone.provenance.source, 64), lang: 'en' }} />
            ),
            asOf: t.asOf(zone.provenance.asOf),
          })}
        </dd>
      </dl>
    </>
  );
}
