/**
 * Explore table with a 100,000-row stress dataset: shaping (observations → rows) and the virtual
 * window (the only rows rendered); sorting happens in the API (npm run bench:api, bench:explore).
 * Run with `npm run bench`; goals are in the README.
 */
import {
  Virtualizer,
  observeElementRect,
  observeElementOffset,
  elementScroll,
} from '@tanstack/react-virtual';
import { bench, describe } from 'vitest';
import type { Observation } from '@/domain/observation';
import { observation } from '@test/builders';
import { mulberry32 } from '@mocks/generate/allocate';
import { fixtures } from '@mocks/data/fixtures';
import { emptyFilters } from '@/lib/view-filters';
import { englishLocale } from '@/lib/locale';
import { toTableRows } from '@/features/explore/to-table-rows';

const ROWS = 100_000;
// A few samples are enough to see the order of magnitude; keeps `npm run bench` under a minute.
const options = { iterations: 5, time: 300 };
const random = mulberry32(7);
const zones = fixtures.zones.map((z) => z.id);
const sectors = fixtures.sectors.filter((s) => s.group === 'technology').map((s) => s.id);
const stress: Observation[] = Array.from({ length: ROWS }, (_, i) =>
  observation({
    indicatorId: 'zone-companies',
    geoType: 'zone',
    geo: zones[i % zones.length] ?? 'cn-seda',
    sectorId: sectors[i % sectors.length] ?? null,
    period: String(2010 + (i % 16)),
    value: Math.round(random() * 1000),
    provenance: { kind: 'illustrative', source: 'stress generator', url: null, asOf: '2026-11-27' },
  }),
);
const lookups = { indicators: fixtures.indicators, zones: fixtures.zones, sectors: fixtures.sectors };
const shaped = toTableRows(stress, lookups, emptyFilters, englishLocale);

describe(`explore table, ${ROWS.toLocaleString('en-GB')} rows`, () => {
  bench(
    'shape observations into rows',
    () => {
      toTableRows(stress, lookups, { ...emptyFilters, zones: zones.slice(0, 5) }, englishLocale);
    },
    options,
  );

  bench(
    'compute the visible window after a scroll',
    () => {
      const virtualizer = new Virtualizer<Element, Element>({
        count: shaped.rows.length,
        estimateSize: () => 40,
        overscan: 12,
        getScrollElement: () => null,
        scrollToFn: elementScroll,
        observeElementRect,
        observeElementOffset,
        initialRect: { width: 1000, height: 560 },
        initialOffset: 40 * 54_321,
      });
      virtualizer.getVirtualItems();
    },
    options,
  );
});
