import { formattersReady } from '@/lib/locale';

// The app's loaders wait for the message formatter and English figures before lazy pieces render
// (lib/locale.ts); unit tests format directly, so they wait for them once here.
await formattersReady;
