import { useLocale } from '@/components/language-provider';
import type { LocalText as Text } from '@/domain/local-names';
import { localText } from '@/domain/local-texts';

/**
 * A data name isolated from the text around it (Latin names inside Urdu keep their order), marked
 * with its own language when it is not the page's (an English fallback), so screen readers switch voice.
 */
export function LocalText({ name }: { name: Text }) {
  const { lang } = useLocale();
  return <bdi lang={name.lang === lang ? undefined : name.lang}>{name.text}</bdi>;
}

/** A record's text (`statusNote`, `notes`, a note) in the reader's language, or English marked as such. */
export function LocalField<F extends string>({
  record,
  field,
}: {
  record: Parameters<typeof localText<F>>[0];
  field: F;
}) {
  const text = localText(record, field, useLocale().lang);
  return text ? <LocalText name={text} /> : null;
}
