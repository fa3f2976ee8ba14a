/**
 * Everything that can wait until after the first paint, in one lazily loaded chunk: restoring and
 * saving figures, the page-wide service status, the "Details" under a failure, the footer's legend
 * of the provenance badges and the demo API's rehearsal banner (with the store main.tsx reports its
 * faults to). One chunk rather than several, because each extra lazy entry makes the bundler split
 * shared code into more first-load chunks (see `npm run budget`).
 */
export { reportDemoFaults } from '@/hooks/use-demo-faults';
export { describeError } from '@/lib/describe-error';
export { startPersistence } from '@/lib/persist-cache';
export { ErrorDetails } from './error-details';
export { FaultNotice } from './fault-notice';
export { ProvenanceLegendBody } from './provenance-legend-body';
export { ServiceStatus } from './service-status';
export { StaleDetails } from './stale-details';
