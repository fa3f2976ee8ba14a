/**
 * A scheduler for TanStack Query's notifications: those scheduled before the first of them has run
 * run together, in one timer task. By default each gets a timer task of its own, and React renders
 * once per task: when twenty requests start together (the deck), twenty "fetching" notifications
 * meant twenty renders of the whole page one after another; gathered, they cost one. Answers that
 * arrive in separate tasks still notify separately, so no task grows beyond one answer's render.
 * A notification that throws does not stop the others: it is rethrown on its own.
 */
export function gatheringScheduler(): (notify: () => void) => void {
  let waiting: (() => void)[] = [];
  const run = () => {
    const batch = waiting;
    waiting = [];
    for (const notify of batch) {
      try {
        notify();
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };
  return (notify) => {
    waiting.push(notify);
    if (waiting.length === 1) setTimeout(run, 0);
  };
}
