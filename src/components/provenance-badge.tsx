import type { SyntheticEvent } from 'react';
import type { Provenance, ProvenanceKind } from '@/domain/provenance';
import { formatAsOf } from '@/lib/format';

/** Words and a shape per kind, so the kind never rests on colour alone. */
export const provenanceLabels: Record<ProvenanceKind, { label: string; mark: string; meaning: string }> = {
  sourced: { label: 'Sourced', mark: '●', meaning: 'Seen in a named public source.' },
  announcement: {
    label: 'Announcement',
    mark: '◆',
    meaning: 'Stated in the 2022 Letter of Intent announcement only; not checked elsewhere.',
  },
  estimate: {
    label: 'Estimate',
    mark: '≈',
    meaning: 'Rounded, converted, derived, classified or placed by us, or from a weaker source; says how.',
  },
  illustrative: {
    label: 'Illustrative',
    mark: '✳',
    meaning: 'Made by our seeded generator where no public breakdown exists. Not a real figure.',
  },
};

/** Room kept between a shown method and the window's edge. */
const EDGE = 8;

/**
 * A badge near the right edge (a phone, a card's last column) would draw its method off screen:
 * once shown, it moves left just enough to fit, never past the window's left edge.
 */
function fitMethod(event: SyntheticEvent<HTMLElement>) {
  const how = event.currentTarget.querySelector<HTMLElement>('.prov-how');
  if (!how) return;
  how.style.removeProperty('left');
  const over = how.getBoundingClientRect().right - (document.documentElement.clientWidth - EDGE);
  const room = event.currentTarget.getBoundingClientRect().left - EDGE;
  if (over > 0) how.style.left = `${-Math.max(0, Math.min(over, room))}px`;
}

/**
 * The kind of a figure in words and shape. With a method (an estimate, a derived figure) the badge
 * takes keyboard focus and says how the figure was made on hover or focus; screen readers read it inline.
 */
export function ProvenanceBadge({ kind, method }: { kind: ProvenanceKind; method?: string }) {
  const { label, mark, meaning } = provenanceLabels[kind];
  if (!method)
    return (
      <span className={`prov-badge prov-badge--${kind}`} title={meaning}>
        <span aria-hidden="true">{mark}</span> {label}
      </span>
    );
  return (
    <span
      className={`prov-badge prov-badge--${kind} prov-badge--how`}
      title={`${meaning} How: ${method}`}
      tabIndex={0}
      onPointerEnter={fitMethod}
      onFocus={fitMethod}
    >
      <span aria-hidden="true">{mark}</span> {label}
      <span className="prov-how">How: {method}</span>
    </span>
  );
}

/**
 * Citations run long ("The Diplomatic Insight (TDI), 'China and Pakistan sign…', Islamabad, 2 Aug 2022"):
 * cards show the publication, the full citation stays in the tooltip and in tables.
 */
export function shortSource(source: string, max = 48): string {
  const head = source.split(/ \(| '|, \d/)[0] ?? source;
  return head.length > max ? `${head.slice(0, max - 1)}…` : head;
}

/** "Source: <link> · as of 5 Aug 2023": the link opens the source in a new tab. */
export function SourceLine({
  provenance,
  prefix = 'Source',
  full = false,
}: {
  provenance: Provenance;
  prefix?: string;
  full?: boolean;
}) {
  const text = full ? provenance.source : shortSource(provenance.source);
  const title = [provenance.source, provenance.note].filter(Boolean).join(' — ');
  return (
    <span className="source-line">
      {prefix}:{' '}
      {provenance.url ? (
        <a href={provenance.url} target="_blank" rel="noreferrer" title={title}>
          {text}
        </a>
      ) : (
        <span title={title}>{text}</span>
      )}
      {provenance.copiedFrom && (
        <>
          {' '}
          (copied from{' '}
          {provenance.copiedFrom.url ? (
            <a
              href={provenance.copiedFrom.url}
              target="_blank"
              rel="noreferrer"
              title={provenance.copiedFrom.name}
            >
              {shortSource(provenance.copiedFrom.name)}
            </a>
          ) : (
            provenance.copiedFrom.name
          )}
          )
        </>
      )}{' '}
      · {formatAsOf(provenance.asOf)}
    </span>
  );
}
