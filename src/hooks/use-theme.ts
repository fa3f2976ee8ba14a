import { parseAsStringLiteral, useQueryState } from 'nuqs';
import { useEffect } from 'react';

const themes = ['light', 'dark'] as const;
export type Theme = (typeof themes)[number];
export const themeParser = parseAsStringLiteral(themes);

/**
 * The colour theme, kept in the URL (`?theme=dark`) so a shared link looks the same;
 * absent means "follow the system". Applied as a data attribute that global.css reads.
 */
export function useTheme() {
  const [theme, setTheme] = useQueryState('theme', themeParser.withOptions({ history: 'replace' }));
  useEffect(() => {
    const root = document.documentElement;
    if (theme) root.dataset.theme = theme;
    else delete root.dataset.theme;
  }, [theme]);
  return { theme, setTheme };
}
