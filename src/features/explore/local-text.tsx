import type { LocalText } from '@/domain/local-names';

/**
 * A data name. In the page's language it is plain text; a name that fell back to English is marked
 * `lang="en"` (screen readers switch voice) and isolated, so a Latin name inside Urdu keeps its order.
 */
export function Named({ name, pageLang }: { name: LocalText; pageLang: string }) {
  if (name.lang === pageLang) return <>{name.text}</>;
  return <bdi lang={name.lang}>{name.text}</bdi>;
}
