import { useQuery } from '@tanstack/react-query';
import { missingData } from '@/components/missing-data';
import { EmptyState, ErrorState, failureOf, LoadingBlock, StaleNotice } from '@/components/panel-states';
import { ProvenanceBadge, provenanceLabels } from '@/components/provenance-badge';
import { eventsQuery } from '@/lib/endpoints/events';
import { zonesQuery } from '@/lib/endpoints/zones';
import { formatAsOf, formatDate } from '@/lib/format';
import { isFiltered, yearsOf, type ViewFilters } from '@/lib/view-filters';
import type { SlideSpec } from '@/components/slide-spec';
import { toTimeline, type TimelineItem } from './to-timeline';

const kindWords: Record<TimelineItem['kind'], string> = {
  legislation: 'Law',
  institution: 'Institution',
  'letter-of-intent': 'Letter of Intent',
  'zone-notification': 'Zones notified',
  governance: 'Governance',
  plan: 'Plan',
  mou: 'Agreement',
  claim: 'Claim',
  context: 'Context',
  withdrawn: 'Withdrawn',
};

function Timeline({ items }: { items: readonly TimelineItem[] }) {
  return (
    <ol
      className="timeline"
      style={{ '--timeline-rows': Math.ceil(items.length / 2) } as React.CSSProperties}
    >
      {items.map((item) => (
        <li key={item.id} className={`timeline-item timeline-item--${item.kind}`}>
          <span className="timeline-date">{formatDate(item.date)}</span>
          <span className="timeline-title">{item.title}</span>
          <span className="timeline-kind">
            {kindWords[item.kind]}
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
  const years = yearsOf(filters);
  const events = useQuery(eventsQuery(years));
  const zones = useQuery(zonesQuery());
  const items = events.data ? toTimeline(events.data, zones.data ?? [], filters) : [];
  const first = items[0];
  const last = items.at(-1);
  return {
    missing: missingData([['Milestones', events]]),
    pptx: () =>
      events.data
        ? {
            kind: 'list',
            items: items.map((item) => ({
              text: `${formatDate(item.date)}: ${item.title}`,
              mark: provenanceLabels[item.provenance.kind].mark,
              detail: kindWords[item.kind],
            })),
          }
        : null,
    id: 'timeline',
    title: 'Milestones of the corridor',
    subtitle:
      first && last
        ? `${items.length} milestones, ${formatDate(first.date)} to ${formatDate(last.date)}`
        : 'Laws, letters of intent, governance and zones',
    render: () =>
      failureOf(events) ? (
        <ErrorState
          error={failureOf(events)}
          onRetry={() => void events.refetch()}
          retrying={events.isFetching}
        />
      ) : events.isPending ? (
        <LoadingBlock label="milestones" lines={7} />
      ) : items.length === 0 ? (
        <EmptyState>
          {isFiltered(filters) ? 'No milestones in the selected period.' : 'No milestones were returned.'}
        </EmptyState>
      ) : (
        <>
          <StaleNotice queries={[events]} />
          <Timeline items={items} />
        </>
      ),
    notes: items.map(
      (i) => `${formatDate(i.date)}: ${i.title}. ${i.provenance.source}, ${formatAsOf(i.provenance.asOf)}.`,
    ),
    sources: items.map((i) => i.provenance),
    illustrative: false,
  };
}
