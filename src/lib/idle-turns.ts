/**
 * Work that may wait for a quiet moment, one piece per moment, in the order it was asked for.
 * The overview draws the cards below the first screen this way: each in a task of its own once the
 * browser has nothing else to do, where all of them at once held a slow phone's main thread in
 * long tasks (rendering, committing, subscribing and laying out eight cards together). The deck
 * loads its chart slides' code and renders the slides next to the shown one the same way.
 */
type Turn = () => void;

/** A turn waits at most this long for a quiet moment, so a busy page still draws everything. */
const MAX_WAIT_MS = 400;
/** Where the browser has no idle callbacks (Safari), a short pause between turns instead. */
const GAP_MS = 30;

const waiting: Turn[] = [];
let scheduled = false;

function requestIdle(run: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: MAX_WAIT_MS });
  else setTimeout(run, GAP_MS);
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  requestIdle(() => {
    scheduled = false;
    waiting.shift()?.();
    if (waiting.length > 0) schedule();
  });
}

/** Queues `turn` behind those already waiting; returns the cancel (a no-op once it has run). */
export function takeIdleTurn(turn: Turn): () => void {
  const entry: Turn = () => turn();
  waiting.push(entry);
  schedule();
  return () => {
    const at = waiting.indexOf(entry);
    if (at >= 0) waiting.splice(at, 1);
  };
}
