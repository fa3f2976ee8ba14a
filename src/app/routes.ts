import { createElement, lazy, type ComponentType } from 'react';
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

/**
 * React.lazy wants a default export; our modules use named ones. Each lazily loaded piece comes
 * with nuqs' adapter around it (loaded beside it), so nuqs' hooks and adapter stay out of the first
 * load: the first screen reads its few parameters without them (hooks/use-url-state.ts).
 */
export function lazyNamed<M extends Record<string, unknown>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy(async () => {
    const [module, { NuqsAdapter }] = await Promise.all([load(), import('nuqs/adapters/react')]);
    const Component = module[name] as ComponentType<object>;
    return {
      default: (props: object) => createElement(NuqsAdapter, null, createElement(Component, props)),
    };
  });
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
