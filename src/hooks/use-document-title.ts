import { useEffect } from 'react';

/**
 * Names the browser tab while the calling view is shown, and gives the previous name back when it
 * goes, so that leaving the deck does not leave "Present" on the dashboard's tab.
 */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
