import { localName, type LocalNames, type LocalText } from '@/domain/local-names';

/**
 * A data name. In the page's language it is plain text; a name that fell back to English is marked
 * `lang="en"` (screen readers switch voice) and isolated, so a Latin name inside Urdu keeps its order.
 */
export function Named({ name, pageLang }: { name: LocalText; pageLang: string }) {
  if (name.lang === pageLang) return <>{name.text}</>;
  return <bdi lang={name.lang}>{name.text}</bdi>;
}

/** A choice's options among named data (indicators), each name in `pageLang` or marked as it fell back. */
export function NamedOptions({
  items,
  pageLang,
}: {
  items: readonly { id: string; name: string; names?: LocalNames }[];
  pageLang: string;
}) {
  return items.map((item) => {
    const name = localName(item, pageLang);
    return (
      <option key={item.id} value={item.id} lang={name.lang === pageLang ? undefined : name.lang}>
        {name.text}
      </option>
    );
  });
}
