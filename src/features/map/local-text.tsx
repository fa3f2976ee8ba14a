import { useLocale } from '@/components/language-provider';
import type { LocalText as Text } from '@/domain/local-names';

/**
 * A data name isolated from the text around it (Latin names inside Urdu keep their order), marked
 * with its own language when it is not the page's (an English fallback), so screen readers switch voice.
 */
export function LocalText({ name }: { name: Text }) {
  const { lang } = useLocale();
  return <bdi lang={name.lang === lang ? undefined : name.lang}>{name.text}</bdi>;
}
