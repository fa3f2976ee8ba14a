import type { ComponentType } from 'react';
import { OverviewPage } from '@/features/overview/overview-page';

export interface PageRoute {
  path: string;
  label: string;
  component: ComponentType;
}

/** The pages in navigation order. Pages beyond the first screen are lazy-loaded as they land. */
export const routes: readonly PageRoute[] = [{ path: '/', label: 'Overview', component: OverviewPage }];
