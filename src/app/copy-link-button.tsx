import { useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies the current address, which holds the whole view (page, filters, tabs, theme). */
export function CopyLinkButton() {
  const [state, setState] = useState<CopyState>('idle');
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
    <span className="copy-link">
      <button type="button" className="button button--ghost" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="copy-link-status">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Copy failed: use the address bar' : ''}
      </span>
    </span>
  );
}
