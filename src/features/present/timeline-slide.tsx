import { useQuery } from '@tanstack/react-query';
import type { CSSProperties } from 'react';
import { useLocale } from '@/components/language-provider';
import { missingData } from '@/components/missing-data';
import { formatNote } from '@/components/note-runs';
import { EmptyState, ErrorState, failureOf, LoadingBlock, StaleNotice } from '@/components/panel-states';
import { ProvenanceBadge, provenanceLabels } from '@/components/provenance-badge';
import { eventsQuery } from '@/lib/endpoints/events';
import { zonesQuery } from '@/lib/endpoints/zones';
import type { Locale } from '@/lib/locale';
import type { MessageDescriptor } from '@/lib/messages';
import { isFiltered, yearsOf, type ViewFilters } from '@/lib/view-filters';
import type { SlideSpec } from '@/components/slide-spec';
import styles from './timeline-slide.module.css';
import { toTimeline, type TimelineItem } from './to-timeline';
import { timelineMessages as messages } from './timeline-slide-messages';

const kindWords: Record<TimelineItem['kind'], MessageDescriptor> = {
  legislation: messages.legislation,
  institution: messages.institution,
  'letter-of-intent': messages.letterOfIntent,
  'zone-notification': messages.zoneNotification,
  governance: messages.governance,
  plan: messages.plan,
  mou: messages.mou,
  claim: messages.claim,
  context: messages.context,
  withdrawn: messages.withdrawn,
};

/** The language to mark on a piece of text, when it is not the page's. */
const langOf = (lang: string, t: Locale) => (lang === t.lang ? undefined : lang);

function Timeline({ items, t }: { items: readonly TimelineItem[]; t: Locale }) {
  return (
    <ol
      className={styles.timeline}
      style={{ '--timeline-rows': Math.ceil(items.length / 2) } as CSSProperties}
    >
      {items.map((item) => (
        <li key={item.id} className={styles.item} data-kind={item.kind}>
          <span className={styles.date}>{t.date(item.date)}</span>
          <span className={styles.title} lang={langOf(item.lang, t)}>
            {item.title}
          </span>
          <span className={styles.kind}>
            {t.format(kindWords[item.kind])}
            {item.provenance.kind !== 'sourced' && (
              <>
                {' '}
                <ProvenanceBadge kind={item.provenance.kind} />
              </>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}

/**
 * The milestones slide: the law, the two Letters of Intent, the governance turns, the zones notified
 * and withdrawn. Follows the period filter; a zone filter keeps national milestones too.
 */
export function useTimelineSlide(filters: ViewFilters): SlideSpec {
  const t = useLocale();
  const years = yearsOf(filters);
  const events = useQuery(eventsQuery(years));
  const zones = useQuery(zonesQuery());
  const items = events.data ? toTimeline(events.data, zones.data ?? [], filters, t) : [];
  const first = items[0];
  const last = items.at(-1);
  return {
    missing: missingData([[t.format(messages.what), events]], t),
    pptx: () =>
      events.data
        ? {
            kind: 'list',
            items: items.map((item) => ({
              text: t.format(messages.line, { date: t.date(item.date), title: item.title }),
              mark: provenanceLabels[item.provenance.kind].mark,
              detail: t.format(kindWords[item.kind]),
            })),
          }
        : null,
    id: 'timeline',
    title: t.format(messages.title),
    subtitle:
      first && last
        ? t.format(messages.subtitle, {
            count: items.length,
            first: t.date(first.date),
            last: t.date(last.date),
          })
        : t.format(messages.subtitleEmpty),
    render: () =>
      failureOf(events) ? (
        <ErrorState
          error={failureOf(events)}
          onRetry={() => void events.refetch()}
          retrying={events.isFetching}
        />
      ) : events.isPending ? (
        <LoadingBlock label={t.format(messages.loading)} lines={7} />
      ) : items.length === 0 ? (
        <EmptyState>{t.format(isFiltered(filters) ? messages.emptyFiltered : messages.empty)}</EmptyState>
      ) : (
        <>
          <StaleNotice queries={[events]} />
          <Timeline items={items} t={t} />
        </>
      ),
    notes: items.map((i) =>
      formatNote(t, messages.note, {
        date: t.date(i.date),
        title: { text: i.title, lang: i.lang },
        source: { text: i.provenance.source, lang: 'en' },
        asOf: t.asOf(i.provenance.asOf),
      }),
    ),
    sources: items.map((i) => i.provenance),
    illustrative: false,
  };
}
