/**
 * Everything that can wait until after the first paint, in one lazily loaded chunk: restoring and
 * saving figures, the page-wide service status and the "Details" under a failure. One chunk rather
 * than several, because each extra lazy entry makes the bundler split shared code into more
 * first-load chunks (see `npm run budget`).
 */
export { startPersistence } from '@/lib/persist-cache';
export { ErrorDetails } from './error-details';
export { ServiceStatus } from './service-status';
export { StaleDetails } from './stale-details';
