import { useState } from 'react';
import { useLocale } from '@/components/language-provider';
import { defineMessages } from '@/lib/messages';
import styles from './copy-link-button.module.css';

type CopyState = 'idle' | 'copied' | 'failed';

const messages = defineMessages({
  copy: {
    id: 'shell.copy-link.button',
    defaultMessage: 'Copy link',
    description: 'Header button: copies the address of the current view (page, filters, language).',
  },
  copied: {
    id: 'shell.copy-link.copied',
    defaultMessage: 'Link copied',
    description: 'Said after the address was copied to the clipboard.',
  },
  failed: {
    id: 'shell.copy-link.failed',
    defaultMessage: 'Copy failed: use the address bar',
    description:
      "Said when the browser refused clipboard access; the reader can copy the browser's address bar.",
  },
});

/** Copies the current address, which holds the whole view (page, filters, tabs, theme, language). */
export function CopyLinkButton() {
  const [state, setState] = useState<CopyState>('idle');
  const t = useLocale();
  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      // Clipboard access can be refused (insecure origin, permissions); the address bar still works.
      setState('failed');
    }
    window.setTimeout(() => setState('idle'), 4000);
  }
  return (
    <span>
      <button type="button" className="button button--ghost" onClick={() => void copy()}>
        {t.format(messages.copy)}
      </button>
      <span role="status" className={styles.status}>
        {state === 'copied' ? t.format(messages.copied) : state === 'failed' ? t.format(messages.failed) : ''}
      </span>
    </span>
  );
}
