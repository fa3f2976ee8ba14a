import { useEffect, useState } from 'react';
import { loadOnce } from '@/lib/load-once';
import { formattersReady } from '@/lib/locale';
import type { ShapedKpi } from './shaped-kpi';

// Shaping and drawing the figures wait for the data anyway: they load beside it (each slot asks for
// them once mounted), not in the first load, with the message formatter and English figures they need (lib/locale.ts).
// The card stays busy until both are in.
type ShapedKpiModule = { ShapedKpi: typeof ShapedKpi };
let loaded: ShapedKpiModule | undefined;
// One load for all the cards (each asking costs a pass of Vite's preload helper); a failed one is
// forgotten, so that the next card to mount tries again.
const loadShapedKpi = loadOnce(() =>
  Promise.all([import('./shaped-kpi'), formattersReady]).then(([module]) => (loaded = module)),
);

export function useShapedKpi(): { module?: ShapedKpiModule; error?: unknown } {
  const [state, setState] = useState<{ module?: ShapedKpiModule; error?: unknown }>(() => ({
    module: loaded,
  }));
  useEffect(() => {
    if (state.module) return;
    let live = true;
    loadShapedKpi().then(
      (module) => {
        if (live) setState({ module });
      },
      (error: unknown) => {
        if (live) setState({ error });
      },
    );
    return () => {
      live = false;
    };
  }, [state.module]);
  return state;
}
