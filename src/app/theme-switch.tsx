import { useLocale } from '@/components/language-provider';
import { useTheme, type Theme } from '@/hooks/use-theme';
import { defineMessages, type MessageDescriptor } from '@/lib/messages';
import styles from './theme-switch.module.css';

const messages = defineMessages({
  group: {
    id: 'shell.theme.label',
    defaultMessage: 'Colour theme',
    description: 'Accessible name of the three theme buttons in the header.',
  },
  system: {
    id: 'shell.theme.system',
    defaultMessage: 'System',
    description: "Theme button: follow the device's light or dark setting.",
  },
  light: { id: 'shell.theme.light', defaultMessage: 'Light', description: 'Theme button: light colours.' },
  dark: { id: 'shell.theme.dark', defaultMessage: 'Dark', description: 'Theme button: dark colours.' },
});

const options: { value: Theme | null; label: MessageDescriptor }[] = [
  { value: null, label: messages.system },
  { value: 'light', label: messages.light },
  { value: 'dark', label: messages.dark },
];

/** Three plain radio-like buttons: every choice is visible, nothing hides behind a menu. */
export function ThemeSwitch() {
  const { theme, setTheme } = useTheme();
  const t = useLocale();
  return (
    <div className={styles.switch} role="group" aria-label={t.format(messages.group)}>
      {options.map((o) => (
        <button
          key={o.label.id}
          type="button"
          aria-pressed={theme === o.value}
          className={styles.option}
          onClick={() => void setTheme(o.value)}
        >
          {t.format(o.label)}
        </button>
      ))}
    </div>
  );
}
