import { useNumberStyle } from '@/hooks/use-language';
import { numberStyles, type NumberStyle } from '@/lib/number-styles';
import { defineMessages, type MessageDescriptor } from '@/lib/messages';
import styles from './header-select.module.css';
import { useLocale } from './language-provider';

const messages = defineMessages({
  label: {
    id: 'numbers.switch.label',
    defaultMessage: 'Numbers',
    description: 'Label of the menu that chooses how large numbers are written, in the page header.',
  },
  international: {
    id: 'numbers.switch.international',
    defaultMessage: 'million / billion',
    description: 'Number style option: international words for large numbers.',
  },
  southAsian: {
    id: 'numbers.switch.south-asian',
    defaultMessage: 'lakh / crore',
    description: 'Number style option: South Asian words (1 lakh = 100,000; 1 crore = 10 million).',
  },
  chinese: {
    id: 'numbers.switch.chinese',
    defaultMessage: '万 / 亿',
    description: 'Number style option: Chinese units (万 = 10,000; 亿 = 100 million). Keep the characters.',
  },
});

const optionText: Record<NumberStyle, MessageDescriptor> = {
  international: messages.international,
  'south-asian': messages.southAsian,
  chinese: messages.chinese,
};

/** How large numbers are written, whatever the language: the language's own style until chosen. */
export function NumberStyleSwitch() {
  const locale = useLocale();
  const { numberStyle, setNumberStyle } = useNumberStyle(locale.lang);
  return (
    <label className={styles.switch}>
      <span className={styles.label}>{locale.format(messages.label)}</span>
      <select
        value={numberStyle}
        onChange={(event) => {
          const next = numberStyles.find((style) => style === event.target.value);
          if (next) setNumberStyle(next);
        }}
      >
        {numberStyles.map((style) => (
          <option key={style} value={style}>
            {locale.format(optionText[style])}
          </option>
        ))}
      </select>
    </label>
  );
}
