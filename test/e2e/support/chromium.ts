/**
 * Debian's Chromium, launched the way that works here: playwright-core cannot download its own
 * browser on the CI machine. Shared by playwright.config.ts and scripts/bench-explore.ts.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Without the network-quieting flags Chromium keeps calling hosts this machine cannot reach.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
