import { parseAsStringLiteral } from 'nuqs/server';
import { useCallback, useEffect } from 'react';
import { urlState } from './use-url-state';

const themes = ['light', 'dark'] as const;
export type Theme = (typeof themes)[number];
export const themeParser = parseAsStringLiteral(themes);

const useThemeParam = urlState({ theme: themeParser });

/**
 * The colour theme, kept in the URL (`?theme=dark`) so a shared link looks the same;
 * absent means "follow the system". Applied as a data attribute that global.css reads.
 */
export function useTheme() {
  const [{ theme }, setParams] = useThemeParam();
  const setTheme = useCallback((next: Theme | null) => setParams({ theme: next }), [setParams]);
  useEffect(() => {
    const root = document.documentElement;
    if (theme) root.dataset.theme = theme;
    else delete root.dataset.theme;
  }, [theme]);
  return { theme, setTheme };
}
