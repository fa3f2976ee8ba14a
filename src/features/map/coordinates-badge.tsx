import { methodText } from '@/domain/local-texts';
import { useLocale } from '@/components/language-provider';
import { ProvenanceBadge } from '@/components/provenance-badge';
import type { Zone } from '@/domain/zone';

/** Where a zone's point comes from (the data's method, translated or marked English), when that is not the zone's own source (a file, or our placement). */
export function CoordinatesBadge({ zone }: { zone: Zone }) {
  const { lang } = useLocale();
  const provenance = zone.coordinates.provenance;
  if (!provenance) return null;
  return (
    <>
      {' '}
      <ProvenanceBadge kind={provenance.kind} method={methodText(provenance, lang)} />
    </>
  );
}
