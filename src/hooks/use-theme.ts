import { useCallback, useEffect } from 'react';
import { readLiteral } from '@/lib/url-read';
import { urlState } from './use-url-state';

export const themes = ['light', 'dark'] as const;
export type Theme = (typeof themes)[number];

const useThemeParam = urlState((params) => ({ theme: readLiteral(params, 'theme', themes) }));

/**
 * The colour theme, kept in the URL (`?theme=dark`) so a shared link looks the same;
 * absent means "follow the system". Applied as a data attribute that global.css reads.
 */
export function useTheme() {
  const [{ theme }, setParam] = useThemeParam();
  const setTheme = useCallback((next: Theme | null) => setParam('theme', next), [setParam]);
  useEffect(() => {
    const root = document.documentElement;
    if (theme) root.dataset.theme = theme;
    else delete root.dataset.theme;
  }, [theme]);
  return { theme, setTheme };
}
