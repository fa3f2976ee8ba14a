import { useTheme, type Theme } from '@/hooks/use-theme';

const options: { value: Theme | null; label: string }[] = [
  { value: null, label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Three plain radio-like buttons: every choice is visible, nothing hides behind a menu. */
export function ThemeSwitch() {
  const { theme, setTheme } = useTheme();
  return (
    <div className="theme-switch" role="group" aria-label="Colour theme">
      {options.map((o) => (
        <button
          key={o.label}
          type="button"
          aria-pressed={theme === o.value}
          className="theme-switch-option"
          onClick={() => void setTheme(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
