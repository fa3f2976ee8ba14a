import { useOnline } from '@/hooks/use-online';
import { Suspense } from 'react';
import { defineMessages } from '@/lib/messages';
import { LazyServiceStatus } from './deferred';
import styles from './connection-status.module.css';
import { useLocale } from './language-provider';

const messages = defineMessages({
  offline: {
    id: 'states.connection.offline',
    defaultMessage:
      'You are offline. Figures already loaded stay on screen; the rest will load when the connection returns.',
    description: 'One line under the header for the whole page while the browser is offline.',
  },
});

/**
 * One line for the whole page when it matters to every panel: offline, a service that has stopped
 * answering (its circuit is open), or records that were left out of an answer.
 */
export function ConnectionStatus() {
  const online = useOnline();
  const t = useLocale();
  if (!online)
    return (
      <p className={styles.status} role="status">
        {t.format(messages.offline)}
      </p>
    );
  return (
    <Suspense fallback={null}>
      <LazyServiceStatus />
    </Suspense>
  );
}
