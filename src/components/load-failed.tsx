import type { ReactNode } from 'react';
import { defineMessages } from '@/lib/messages';
import { classes } from './classes';
import { useLocale } from './language-provider';
import styles from './load-failed.module.css';
import { ErrorBox } from './panel-states';

const messages = defineMessages({
  notDownloaded: {
    id: 'states.load-failed.download',
    defaultMessage:
      'This part of the page could not be downloaded: you may be offline, or the dashboard was updated after this page was opened.',
    description:
      'In place of a part of the page whose code did not arrive (a filter bar, a menu, a chart, a page).',
  },
  notShown: {
    id: 'states.load-failed.render',
    defaultMessage: 'This part of the page could not be shown.',
    description: 'In place of a part of the page that failed while being drawn (a fault in the dashboard).',
  },
  reload: {
    id: 'states.load-failed.reload',
    defaultMessage: 'Reload the page',
    description: 'Button under a part of the page that could not load: loads the whole page again.',
  },
});

// What browsers and Vite say when a lazily loaded chunk does not arrive: Chromium, Firefox, Safari, Vite.
const DOWNLOAD_FAILURE =
  /dynamically imported module|importing a module script failed|failed to fetch|unable to preload/i;

/** True when `error` says a piece of the app's own code could not be downloaded. */
export function isDownloadFailure(error: unknown): boolean {
  return error instanceof Error && DOWNLOAD_FAILURE.test(error.message);
}

/**
 * What a LoadBoundary shows in place of a piece that could not load. A browser keeps a failed
 * import of a chunk for the life of the page, so only a reload tries again.
 */
export function LoadFailed({
  error,
  compact = false,
  children,
}: {
  error: unknown;
  compact?: boolean;
  /** What still works without the piece, said after why it is missing. */
  children?: ReactNode;
}) {
  const t = useLocale();
  return (
    <ErrorBox className={classes(compact && styles.compact)}>
      <p className={styles.text}>
        <span aria-hidden="true">⚠ </span>
        {t.format(isDownloadFailure(error) ? messages.notDownloaded : messages.notShown)}
        {children && <> {children}</>}
      </p>
      <button
        type="button"
        className={classes('button', compact && 'button--small')}
        onClick={() => window.location.reload()}
      >
        {t.format(messages.reload)}
      </button>
    </ErrorBox>
  );
}
