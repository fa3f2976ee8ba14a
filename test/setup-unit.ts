import { messageFormatReady } from '@/lib/messages';

// The app's loaders wait for the message formatter before lazy pieces render (lib/messages.ts);
// unit tests format messages directly, so they wait for it once here.
await messageFormatReady;
