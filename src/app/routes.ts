import { createElement, lazy, useState, type ComponentType } from 'react';
import { ChartsHead } from '@/features/charts/charts-head';
import { MapHead } from '@/features/map/map-head';
import { OverviewPage } from '@/features/overview/overview-page';
import { formattersReady } from '@/lib/locale';
import { defineMessages, type MessageDescriptor } from '@/lib/messages';

const labels = defineMessages({
  overview: {
    id: 'shell.nav.overview',
    defaultMessage: 'Overview',
    description: 'Navigation link to the overview page (KPI cards).',
  },
  charts: {
    id: 'shell.nav.charts',
    defaultMessage: 'Charts',
    description: 'Navigation link to the charts pages.',
  },
  map: {
    id: 'shell.nav.map',
    defaultMessage: 'Map',
    description: 'Navigation link to the China–Pakistan map.',
  },
  explore: {
    id: 'shell.nav.explore',
    defaultMessage: 'Explore',
    description: 'Navigation link to the explore table (filter, sort, download figures).',
  },
  present: {
    id: 'shell.nav.present',
    defaultMessage: 'Present',
    description: 'Navigation link to the presenter deck (full-screen slides).',
  },
  notes: {
    id: 'shell.nav.speaker-notes',
    defaultMessage: 'Speaker notes',
    description: "Name of the presenter's speaker notes window.",
  },
});

export interface PageRoute {
  path: string;
  label: MessageDescriptor;
  /** A lazily loaded page (`lazyNamed`) can be loaded ahead of its first render. */
  component: ComponentType & { preload?: () => Promise<void> };
  /** Sub-paths (e.g. /charts/investment) are handled by the page itself. */
  nest?: boolean;
  /** false: shown full screen without header, navigation or footer (presenter mode). */
  chrome?: boolean;
  /** false: reachable by address only, not listed in the navigation (the presenter's notes window). */
  nav?: false;
  /**
   * The page's heading and lede, in the first load: shown while a lazy page's chunk loads, so its
   * largest text (the lede, Lighthouse's LCP) paints as early as the overview's. The page renders
   * the same component at the same place, so nothing moves when it arrives.
   */
  head?: ComponentType;
}

/** The lazily loaded page at this address, loading; null for the overview (in the first load). */
export function preloadPage(pathname: string): Promise<void> | null {
  const route = routes.find((r) => (r.nest ? pathname.startsWith(r.path) : pathname === r.path));
  return route?.component.preload?.() ?? null;
}

/**
 * React.lazy wants a default export; our modules use named ones. Each lazily loaded piece comes
 * with nuqs' adapter around it (loaded beside it), so nuqs' hooks and adapter stay out of the first
 * load: the first screen reads its few parameters without them (hooks/use-url-state.ts). It also
 * waits for the message formatter and the English figures (lib/locale.ts `formattersReady`), which
 * are not in the first load either.
 */
export function lazyNamed<M extends Record<string, unknown>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): ComponentType & { preload: () => Promise<void> } {
  let loaded: ComponentType<object> | null = null;
  let loading: Promise<ComponentType<object>> | null = null;
  const preload = () =>
    // zod beside the page, as beside the first answer's checks (lib/api-client.ts): evaluated in a
    // task of its own rather than in one long task with the page and its schemas.
    (loading ??= Promise.all([
      load(),
      import('nuqs/adapters/react'),
      formattersReady,
      import('@/lib/zod-ready'),
    ]).then(([module, { NuqsAdapter }]) => {
      const Component = module[name] as ComponentType<object>;
      loaded = (props: object) => createElement(NuqsAdapter, null, createElement(Component, props));
      return loaded;
    }));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  // Once preloaded, the page renders at once: no Suspense fallback between a prerendered first
  // screen and React's first render of the same page (main.tsx).
  // Chosen once per mount: switching from Lazy to the loaded component later would remount the page.
  const Page = (props: object) => {
    const [Type] = useState(() => loaded ?? Lazy);
    return createElement(Type, props);
  };
  return Object.assign(Page, { preload: () => preload().then(() => undefined) });
}

/**
 * The pages in navigation order. Only the overview is in the first screen's bundle;
 * every other page is a lazy chunk, loaded when first visited.
 */
export const routes: readonly PageRoute[] = [
  { path: '/', label: labels.overview, component: OverviewPage },
  {
    path: '/charts',
    label: labels.charts,
    component: lazyNamed(() => import('@/features/charts/charts-page'), 'ChartsPage'),
    nest: true,
    head: ChartsHead,
  },
  {
    path: '/map',
    label: labels.map,
    component: lazyNamed(() => import('@/features/map/map-page'), 'MapPage'),
    head: MapHead,
  },
  {
    path: '/explore',
    label: labels.explore,
    component: lazyNamed(() => import('@/features/explore/explore-page'), 'ExplorePage'),
  },
  {
    path: '/present',
    label: labels.present,
    component: lazyNamed(() => import('./present-route'), 'PresentRoute'),
    chrome: false,
  },
  {
    path: '/present/notes',
    label: labels.notes,
    component: lazyNamed(() => import('./present-route'), 'PresentNotesRoute'),
    chrome: false,
    nav: false,
  },
];
