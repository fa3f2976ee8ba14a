import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadFirstScreen } from '@/app/app';
import { config } from '@/config/env';
import { loadDemoFaultReporter } from '@/components/deferred';
import { preloadLocale } from '@/components/language-provider';
import { holdRequestsUntil } from '@/lib/api-client';
import { createQueryClient } from '@/lib/query-client';
import { faultParam } from '@/lib/shared-params';
import './styles/global.css';

// Demo mode: MSW loads beside the first paint (never ahead of it); requests wait for it.
// __DEMO_API__ is a build-time constant, so a real-API build contains no MSW at all.
if (__DEMO_API__) {
  const demo = import('@mocks/browser').then((m) =>
    m.startDemoWorker({ liveWorldBank: config.liveWorldBank, fault: faultParam(window.location.search) }),
  );
  holdRequestsUntil(demo);
  // The banner names only the faults the demo API applies, and what it could not use.
  void Promise.all([demo, loadDemoFaultReporter()]).then(([{ activeFaults, ignoredFaults }, report]) =>
    report({ active: activeFaults, ignored: ignoredFaults }),
  );
}

// Says which API this build talks to, for tools that look at the page (the e2e runner waits for
// the demo worker only where there is one).
document.documentElement.dataset.api = __DEMO_API__ ? 'demo' : 'live';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// A transition lets React render the first screen in slices, yielding to the browser between them,
// instead of in one long task (Lighthouse's TBT); only the commit that shows it is one piece.
const render = () =>
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App queryClient={createQueryClient()} persist />
      </StrictMode>,
    );
  });
// A page opened in another language waits for it (one small chunk), rather than painting in English
// and then moving everything. A page whose HTML shows its prerendered first screen (scripts/prerender.mjs;
// only ever in English) waits for its chunks, so React's first render draws that same page. Either
// wait ends after 4 s: the page then renders as it can, and updates when the rest arrives.
const language = preloadLocale(window.location.search, navigator.languages ?? [navigator.language]);
const ready =
  language ??
  (document.documentElement.dataset.prerender ? preloadFirstScreen(window.location.pathname) : null);
if (ready)
  void Promise.race([ready, new Promise((resolve) => setTimeout(resolve, 4000))]).then(render, render);
else render();
