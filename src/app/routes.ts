import { lazy, type ComponentType } from 'react';
import { OverviewPage } from '@/features/overview/overview-page';

export interface PageRoute {
  path: string;
  label: string;
  component: ComponentType;
  /** Sub-paths (e.g. /charts/investment) are handled by the page itself. */
  nest?: boolean;
  /** false: shown full screen without header, navigation or footer (presenter mode). */
  chrome?: boolean;
  /** false: reachable by address only, not listed in the navigation (the presenter's notes window). */
  nav?: false;
}

/** React.lazy wants a default export; our modules use named ones. */
export function lazyNamed<M extends Record<string, unknown>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

/**
 * The pages in navigation order. Only the overview is in the first screen's bundle;
 * every other page is a lazy chunk, loaded when first visited.
 */
export const routes: readonly PageRoute[] = [
  { path: '/', label: 'Overview', component: OverviewPage },
  {
    path: '/charts',
    label: 'Charts',
    component: lazyNamed(() => import('@/features/charts/charts-page'), 'ChartsPage'),
    nest: true,
  },
  { path: '/map', label: 'Map', component: lazyNamed(() => import('@/features/map/map-page'), 'MapPage') },
  {
    path: '/explore',
    label: 'Explore',
    component: lazyNamed(() => import('@/features/explore/explore-page'), 'ExplorePage'),
  },
  {
    path: '/present',
    label: 'Present',
    component: lazyNamed(() => import('./present-route'), 'PresentRoute'),
    chrome: false,
  },
  {
    path: '/present/notes',
    label: 'Speaker notes',
    component: lazyNamed(() => import('./present-route'), 'PresentNotesRoute'),
    chrome: false,
    nav: false,
  },
];
