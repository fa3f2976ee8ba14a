import { useQuery } from '@tanstack/react-query';
import { useQueryStates } from 'nuqs';
import { useEffect, useMemo, useState } from 'react';
import { useSearch } from 'wouter';
import { filterParsers } from '@/lib/filter-params';
import { useLanguage } from '@/hooks/use-language';
import { themes } from '@/hooks/use-theme';
import { parseAsArrayOf, parseAsString, parseAsStringLiteral } from 'nuqs';
import { indicatorsQuery } from '@/lib/endpoints/indicators';
import { sectorsQuery } from '@/lib/endpoints/sectors';
import { zonesQuery } from '@/lib/endpoints/zones';
import { useLocale } from '@/components/language-provider';
import { urlLanguages } from '@/lib/language';
import { defineMessages } from '@/lib/messages';
import { numberStyles } from '@/lib/number-styles';
import { checkViewParams, type DroppedParam } from '@/lib/url-params';
import styles from './url-check.module.css';

const messages = defineMessages({
  heading: {
    id: 'shell.url-check.heading',
    defaultMessage: 'Part of this link could not be used and was ignored:',
    description: 'Notice above a list of link parameters that were dropped (unknown zone, bad year, …).',
  },
  item: {
    id: 'shell.url-check.item',
    defaultMessage: '<code>{key}={value}</code>: {reason}.',
    description: 'One dropped link parameter: key=value as written in the link (keep as is), then why.',
  },
  dismiss: {
    id: 'shell.url-check.dismiss',
    defaultMessage: 'Dismiss',
    description: 'Button that closes the notice about ignored link parameters.',
  },
});

/**
 * Drops view parameters that cannot be used (unknown zone, `from=abc`, a backwards range, huge
 * values) with a notice, once the zone and sector lists are known. The rest of the view loads as is.
 */
export function UrlCheck() {
  const search = useSearch();
  const t = useLocale();
  // Checked once the chosen language has loaded, so the notice is written in it.
  const ready = t.lang === useLanguage().lang;
  const zones = useQuery(zonesQuery());
  const sectors = useQuery(sectorsQuery());
  const indicators = useQuery(indicatorsQuery());
  const [, setParams] = useQueryStates(
    {
      ...filterParsers,
      theme: parseAsStringLiteral(themes),
      lang: parseAsStringLiteral(urlLanguages),
      numbers: parseAsStringLiteral(numberStyles),
      compare: parseAsArrayOf(parseAsString),
      indicator: parseAsString,
    },
    { history: 'replace' },
  );
  const [dropped, setDropped] = useState<DroppedParam[]>([]);
  const [reported, setReported] = useState<string | null>(null);

  const result = useMemo(
    () =>
      ready && zones.data && sectors.data && !indicators.isPending
        ? checkViewParams(
            new URLSearchParams(search),
            {
              zones: new Set(zones.data.map((z) => z.id)),
              sectors: new Set(sectors.data.map((s) => s.id)),
              indicators: indicators.data ? new Set(indicators.data.map((i) => i.id)) : undefined,
            },
            t,
          )
        : null,
    [ready, search, zones.data, sectors.data, indicators.data, indicators.isPending, t],
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
    <div className={styles.notice} role="status">
      <p>
        <strong>{t.format(messages.heading)}</strong>
      </p>
      <ul>
        {dropped.map((d, i) => (
          <li key={`${d.key}-${i}`}>
            {t.formatRich(messages.item, {
              key: d.key,
              value: d.value,
              reason: d.reason,
              code: (chunks) => (
                <code key="code" dir="ltr">
                  {chunks}
                </code>
              ),
            })}
          </li>
        ))}
      </ul>
      <button type="button" className="button button--small" onClick={() => setDropped([])}>
        {t.format(messages.dismiss)}
      </button>
    </div>
  );
}
