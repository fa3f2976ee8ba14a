import { shortSource } from '@/components/source-line';
import { compareAsOf, type Provenance, type ProvenanceKind } from '@/domain/provenance';
import { collectSources } from '@/lib/sources';

export interface FooterSource {
  /** The publication: "ProPakistani", "World Bank WDI". */
  name: string;
  kinds: ProvenanceKind[];
  /** One per article cited, oldest first: its as-of date and link. */
  items: { asOf: string | null; url: string | null }[];
}

/**
 * A slide footer has two lines for sources, and a map of 19 zones cites many articles from a few
 * publications. So the footer names each publication once with the dates of its articles
 * ("ProPakistani: 17 Jan 2022, 2 Jun 2022"), each date linking to its article; the closing
 * sources slides carry the full citations.
 */
export function toFooterSources(provenances: readonly Provenance[]): FooterSource[] {
  const byName = new Map<string, FooterSource>();
  for (const ref of collectSources(provenances)) {
    // shortSource cuts before a title or date and can leave the comma that preceded it.
    const name = shortSource(ref.source, 40).replace(/[\s,;:]+$/, '');
    const entry = byName.get(name) ?? { name, kinds: [], items: [] };
    for (const kind of ref.kinds) if (!entry.kinds.includes(kind)) entry.kinds.push(kind);
    if (!entry.items.some((i) => i.asOf === ref.asOf)) entry.items.push({ asOf: ref.asOf, url: ref.url });
    byName.set(name, entry);
  }
  return [...byName.values()].map((entry) => ({
    ...entry,
    items: [...entry.items].sort((a, b) => compareAsOf(a.asOf, b.asOf)),
  }));
}
