import { useId } from 'react';
import { useLocale } from '@/components/language-provider';
import { SourceLine } from '@/components/source-line';
import { colourOfZone, FALLBACK_COLOUR } from '@/domain/colours';
import { localShortName } from '@/domain/local-names';
import { zoneStatuses, type Zone } from '@/domain/zone';
import { LocalText } from './local-text';
import { dashFor } from './map-arcs';
import baseStyles from './map-base.module.css';
import styles from './map-legend.module.css';
import { legendMessages as messages } from './map-legend-messages';
import { metricPhrase, statusLabel } from './map-messages';
import { MarkerGlyph } from './zone-shape';
import { localTitle, type Agreement } from './to-arcs';
import type { RegionPreset } from './projection';
import { presetSizes, radiusFor, statusStyles } from './to-markers';
import { maxFigure, metricSpecs, type SizeMetric, type ZoneFigures } from './to-zone-metrics';

interface MapLegendProps {
  metric: SizeMetric;
  /** Marker sizes differ per preset; the key shows the current ones. */
  region: RegionPreset;
  figures: ZoneFigures;
  /** False while the figures load or after they failed: the size key then claims nothing. */
  figuresKnown: boolean;
  agreements: readonly Agreement[];
  zones: readonly Zone[];
}

function SizeSwatch({ r }: { r: number }) {
  const box = 2 * r + 4;
  return (
    <svg width={box} height={box} viewBox={`${-box / 2} ${-box / 2} ${box} ${box}`} aria-hidden="true">
      <circle r={r} className={styles.sizeCircle} />
    </svg>
  );
}

/** How to read the map: shapes, sizes, arcs (and why their width is illustrative), places, borders. */
export function MapLegend({ metric, region, figures, figuresKnown, agreements, zones }: MapLegendProps) {
  const t = useLocale();
  const sizes = presetSizes[region];
  const titleId = useId();
  const hatchId = useId().replace(/[^\w-]/g, '');
  const unit = metricSpecs[metric].unit;
  const max = maxFigure(figures, metric);
  const byId = new Map(zones.map((z) => [z.id, z]));
  const nameOf = (id: string) => {
    const zone = byId.get(id);
    return zone ? localShortName(zone, t.lang) : { text: id, lang: 'en' as const };
  };
  return (
    <aside className={styles.legend} aria-labelledby={titleId}>
      <h3 id={titleId}>{t.format(messages.title)}</h3>
      <h4>{t.format(messages.status)}</h4>
      <ul className={styles.list}>
        {zoneStatuses.map((status) => (
          <li key={status}>
            <MarkerGlyph
              shape={statusStyles[status].shape}
              fill={status === 'planned' ? FALLBACK_COLOUR : 'currentColor'}
            />
            {statusLabel(t, status)}
          </li>
        ))}
      </ul>
      <p className={styles.note}>{t.format(messages.colours)}</p>
      <h4>{t.format(messages.area, { metric: metricPhrase(t, metric) })}</h4>
      {max > 0 ? (
        <ul className={styles.sizes} data-size-key="">
          <li>
            <SizeSwatch r={radiusFor(max, max, sizes)} /> <bdi>{t.value(max, unit)}</bdi>
          </li>
          <li>
            <SizeSwatch r={radiusFor(max / 2, max, sizes)} /> <bdi>{t.value(max / 2, unit)}</bdi>
          </li>
          <li>
            <SizeSwatch r={radiusFor(0, max, sizes)} /> {t.format(messages.noFigure)}
          </li>
        </ul>
      ) : (
        figuresKnown && <p className={styles.note}>{t.format(messages.noFigures)}</p>
      )}
      <p className={styles.note}>{t.format(messages.sizesNote)}</p>
      <h4>{t.format(messages.flows)}</h4>
      <ul className={`${styles.list} ${styles.flows}`}>
        {agreements.map((a, i) => (
          <li key={a.counterpartId}>
            <svg
              className={styles.arcIcon}
              width={44}
              height={12}
              aria-hidden="true"
              style={{ color: colourOfZone(a.counterpartId) }}
            >
              <path d="M2,6H40" className={styles.arc} strokeDasharray={dashFor(i)} />
              <path d="M31,2L37,6L31,10" className={`${styles.arc} ${styles.chevron}`} />
            </svg>
            <span>
              {t.formatRich(messages.from, {
                zone: () => <LocalText key="z" name={nameOf(a.counterpartId)} />,
                title: () => <LocalText key="t" name={localTitle(a, t.lang)} />,
                date: a.date ? t.date(a.date) : 'none',
              })}{' '}
              <SourceLine
                provenance={a.provenance}
                prefix={t.format(messages.source)}
                className={styles.line}
              />
            </span>
          </li>
        ))}
      </ul>
      <p className={styles.note}>{t.format(messages.arcs, { metric })}</p>
      <h4>{t.format(messages.places)}</h4>
      <ul className={styles.list}>
        <li>
          <svg width={22} height={16} aria-hidden="true">
            <line x1={4} y1={12} x2={17} y2={4} className={styles.leader} />
            <circle cx={4} cy={12} r={2} className={styles.leaderDot} />
          </svg>
          {t.format(messages.cityCentre)}
        </li>
        <li>
          <svg width={22} height={16} aria-hidden="true">
            <defs>
              <pattern
                id={hatchId}
                patternUnits="userSpaceOnUse"
                width={5}
                height={5}
                patternTransform="rotate(45)"
              >
                <line x1={0} y1={0} x2={0} y2={5} className={baseStyles.hatchLine} />
              </pattern>
            </defs>
            <rect
              x={1}
              y={1}
              width={20}
              height={14}
              className={baseStyles.disputed}
              fill={`url(#${hatchId})`}
            />
          </svg>
          {t.format(messages.kashmir)}
        </li>
      </ul>
    </aside>
  );
}
