import { useRef } from 'react';

/**
 * For a popup opened on mount (it replaced LazyTrigger's plain button): it has no earlier focus to go
 * back to, so if closing leaves focus nowhere, focus returns to its trigger, not to the page's start.
 */
export function useFocusBack<E extends HTMLElement>(openedOnMount: boolean | undefined) {
  const trigger = useRef<E>(null);
  const onOpenChange = (open: boolean) => {
    if (open || !openedOnMount) return;
    // Checked over a few frames: React Aria restores focus in a frame of its own after the popup
    // unmounts (to the plain button, gone by then), which on a busy machine can come after ours.
    const check = (framesLeft: number) =>
      requestAnimationFrame(() => {
        const lost = !document.activeElement || document.activeElement === document.body;
        if (lost) trigger.current?.focus();
        if (framesLeft > 1) check(framesLeft - 1);
      });
    check(3);
  };
  return { trigger, onOpenChange };
}
