// @vitest-environment jsdom
import { InfiniteQueryObserver, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { serveMockApi } from '@test/mock-api';
import { fixtures } from '@mocks/data/fixtures';
import { observationCountQuery, observationPagesQuery } from './observation-pages';

serveMockApi();

describe('observationPagesQuery (demo API)', () => {
  it('pages through the list in the API’s sort order, the total on every page', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const options = observationPagesQuery({ vintage: 'all', sort: '-value' }, 50);
    await client.fetchInfiniteQuery(options);
    const observer = new InfiniteQueryObserver(client, options);
    while (observer.getCurrentResult().hasNextPage) await observer.fetchNextPage();
    const data = client.getQueryData(options.queryKey);
    if (!data) throw new Error('no pages');
    const values = data.pages.flatMap((p) => p.data.map((o) => o.value));
    expect(values).toHaveLength(fixtures.observations.length);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(data.pages.every((p) => p.page?.total === fixtures.observations.length)).toBe(true);
  });

  it('asks for the first page again after the saved page params came back from JSON (null)', async () => {
    const options = observationPagesQuery({ vintage: 'all' }, 10);
    expect(JSON.parse(JSON.stringify([options.initialPageParam]))).toEqual([options.initialPageParam]);
    const signal = new AbortController().signal;
    const { queryFn } = options;
    if (typeof queryFn !== 'function') throw new Error('no queryFn');
    const page = await queryFn({
      pageParam: null,
      signal,
      queryKey: options.queryKey,
      direction: 'forward',
      meta: undefined,
      client: new QueryClient(),
    });
    expect(page.data).toHaveLength(10);
  });
});

describe('observationCountQuery (demo API)', () => {
  it('counts without the records', async () => {
    const client = new QueryClient();
    expect(await client.fetchQuery(observationCountQuery({ vintage: 'all', zones: ['stz-nust'] }))).toBe(
      fixtures.observations.filter((o) => o.geo === 'stz-nust').length,
    );
  });
});
