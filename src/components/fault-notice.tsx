import { useDemoFaults } from '@/hooks/use-demo-faults';

/**
 * The demo API's rehearsal banner: which `?fault=` parts it applies and which it ignored. It can only
 * have something to say once MSW has started, after the first paint, so it lives in the lazy chunk.
 */
export function FaultNotice() {
  const faults = useDemoFaults();
  if (faults.active.length === 0 && faults.ignored.length === 0) return null;
  return (
    <p className="fault-notice" role="status">
      {faults.active.length > 0 &&
        `Rehearsal mode: simulated faults are active (${faults.active.join(', ')}). `}
      {faults.ignored.length > 0 && `Not a known fault, ignored: ${faults.ignored.join(', ')}. `}
      Remove <code>?fault=</code> from the address to end it.
    </p>
  );
}
