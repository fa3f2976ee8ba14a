import type { SlideSpec } from '@/components/slide-spec';

const keys: [string, string][] = [
  ['→', 'next'],
  ['←', 'previous'],
  ['1–9', 'go to slide'],
  ['F', 'full screen'],
  ['N', 'speaker notes'],
  ['P', 'auto-advance'],
  ['Esc', 'leave'],
];

const LEDE =
  'The zones, the money, the people and the milestones. Every figure says where it comes from; where sources disagree, both are shown.';

/** The first slide: what the deck covers, which filters it shows, and (on screen only) the keys. */
export function coverSlide({
  filtersLabel,
  dataLabel,
  missing = [],
}: {
  filtersLabel: string;
  dataLabel: string;
  /** Titles of the slides whose data did not load. */
  missing?: readonly string[];
}): SlideSpec {
  const missingText = missing.length
    ? `Data did not load for ${missing.length === 1 ? 'one slide' : `${missing.length} slides`}: ${missing.join('; ')}. Each says what is missing.`
    : null;
  return {
    id: 'cover',
    title: 'China–Pakistan technology cooperation',
    subtitle: 'Where the corridor stands since the 2022 STZA–SEDA Letter of Intent',
    render: () => (
      <div className="cover">
        <p className="cover-lede">{LEDE}</p>
        <dl className="cover-facts">
          <dt>Showing</dt>
          <dd>{filtersLabel}</dd>
          <dt>Data</dt>
          <dd>{dataLabel}</dd>
          {missingText && (
            <>
              <dt>Missing</dt>
              <dd className="cover-missing">{missingText}</dd>
            </>
          )}
        </dl>
        <ul className="cover-keys screen-only" aria-label="Keys">
          {keys.map(([key, action]) => (
            <li key={key}>
              <kbd>{key}</kbd>
              {action}
            </li>
          ))}
        </ul>
      </div>
    ),
    notes: [
      `This deck shows: ${filtersLabel}.`,
      `Data: ${dataLabel}.`,
      ...(missingText ? [missingText] : []),
      'Badges: ● sourced, ◆ announcement (the 2022 LoI announcement only), ≈ estimate, ✳ illustrative (generated, not real).',
    ],
    pptxLayout: 'title',
    pptx: () => ({
      kind: 'facts',
      lede: LEDE,
      facts: [
        { term: 'Showing', text: filtersLabel },
        { term: 'Data', text: dataLabel },
        ...(missingText ? [{ term: 'Missing', text: missingText }] : []),
      ],
    }),
    sources: [],
    sourcesNote: 'Each slide names its sources in this footer; the last slide lists them all.',
    illustrative: false,
  };
}
