import { useQuery } from '@tanstack/react-query';
import { useQueryStates } from 'nuqs';
import { useEffect, useMemo, useState } from 'react';
import { useSearch } from 'wouter';
import { filterParsers } from '@/lib/filter-params';
import { languageParser, numberStyleParser } from '@/hooks/use-language';
import { themeParser } from '@/hooks/use-theme';
import { parseAsArrayOf, parseAsString } from 'nuqs';
import { indicatorsQuery } from '@/lib/endpoints/indicators';
import { sectorsQuery } from '@/lib/endpoints/sectors';
import { zonesQuery } from '@/lib/endpoints/zones';
import { checkViewParams, type DroppedParam } from '@/lib/url-params';

/**
 * Drops view parameters that cannot be used (unknown zone, `from=abc`, a backwards range, huge
 * values) with a notice, once the zone and sector lists are known. The rest of the view loads as is.
 */
export function UrlCheck() {
  const search = useSearch();
  const zones = useQuery(zonesQuery());
  const sectors = useQuery(sectorsQuery());
  const indicators = useQuery(indicatorsQuery());
  const [, setParams] = useQueryStates(
    {
      ...filterParsers,
      theme: themeParser,
      lang: languageParser,
      numbers: numberStyleParser,
      compare: parseAsArrayOf(parseAsString),
      indicator: parseAsString,
    },
    { history: 'replace' },
  );
  const [dropped, setDropped] = useState<DroppedParam[]>([]);
  const [reported, setReported] = useState<string | null>(null);

  const result = useMemo(
    () =>
      zones.data && sectors.data && !indicators.isPending
        ? checkViewParams(new URLSearchParams(search), {
            zones: new Set(zones.data.map((z) => z.id)),
            sectors: new Set(sectors.data.map((s) => s.id)),
            indicators: indicators.data ? new Set(indicators.data.map((i) => i.id)) : undefined,
          })
        : null,
    [search, zones.data, sectors.data, indicators.data, indicators.isPending],
  );
  // Derived state, recorded once per address: the notice outlives the fix that follows.
  if (result && result.dropped.length > 0 && reported !== search) {
    setReported(search);
    setDropped((previous) => [...previous, ...result.dropped]);
  }
  useEffect(() => {
    if (result && result.dropped.length > 0) void setParams(result.fixes as Parameters<typeof setParams>[0]);
  }, [result, setParams]);

  if (dropped.length === 0) return null;
  return (
    <div className="url-notice" role="status">
      <p>
        <strong>Part of this link could not be used and was ignored:</strong>
      </p>
      <ul>
        {dropped.map((d, i) => (
          <li key={`${d.key}-${i}`}>
            <code>
              {d.key}={d.value}
            </code>
            : {d.reason}.
          </li>
        ))}
      </ul>
      <button type="button" className="button button--small" onClick={() => setDropped([])}>
        Dismiss
      </button>
    </div>
  );
}
