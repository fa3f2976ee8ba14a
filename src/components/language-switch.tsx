import { useLanguage } from '@/hooks/use-language';
import { directionOf, isLanguage, languages, ownNames } from '@/lib/language';
import { defineMessages } from '@/lib/messages';
import styles from './header-select.module.css';
import { useLocale } from './language-provider';

const messages = defineMessages({
  label: {
    id: 'language.switch.label',
    defaultMessage: 'Language',
    description: 'Label of the language menu in the page header; each option is the language in itself.',
  },
});

/**
 * A native select: keyboard and screen readers know it everywhere, and each option names its
 * language in that language (marked with `lang`), so a reader finds their own from any page.
 */
export function LanguageSwitch() {
  const { lang, setLanguage } = useLanguage();
  const t = useLocale();
  return (
    <label className={styles.switch}>
      <span className={styles.label}>{t.format(messages.label)}</span>
      <select
        value={lang}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {languages.map((code) => (
          <option key={code} value={code} lang={code} dir={directionOf(code)}>
            {ownNames[code]}
          </option>
        ))}
        {!languages.some((code) => code === lang) && (
          <option value={lang} lang="en">
            {ownNames[lang]}
          </option>
        )}
      </select>
    </label>
  );
}
