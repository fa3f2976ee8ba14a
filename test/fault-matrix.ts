/**
 * The fault matrix, reusable by the integration tests (jsdom, fake timers) and the browser tests
 * (production build, `?fault=`): for each endpoint, where its failure shows; for each fault, what
 * the panel must say in plain words.
 */
import type { FaultKind, FaultResource } from '@mocks/handlers/faults';

export interface EndpointPanel {
  resource: FaultResource;
  /** The page that reads it. */
  url: string;
  /** The accessible role and name of the panel that must say what went wrong. */
  role: 'article' | 'region';
  name: string;
  /** Service the message names. */
  service: 'The data service' | 'The World Bank service';
}

export const endpointPanels: readonly EndpointPanel[] = [
  {
    resource: 'observations',
    url: '/',
    role: 'article',
    name: 'FDI from China',
    service: 'The data service',
  },
  {
    resource: 'worldbank',
    url: '/',
    role: 'article',
    name: 'Pakistan population',
    service: 'The World Bank service',
  },
  { resource: 'zones', url: '/map', role: 'region', name: 'Map', service: 'The data service' },
  { resource: 'events', url: '/map', role: 'region', name: 'Map', service: 'The data service' },
  { resource: 'sectors', url: '/', role: 'region', name: 'Filters', service: 'The data service' },
  {
    resource: 'indicators',
    url: '/explore',
    role: 'region',
    name: 'Explore the data',
    service: 'The data service',
  },
  {
    resource: 'companies',
    url: '/charts/companies',
    role: 'region',
    name: 'Companies named at SEDA, by sector',
    service: 'The data service',
  },
];

/** Response faults and the sentence (after the service's name) the panel shows within 4 s. */
export const responseFaultMessages: readonly (readonly [FaultKind, RegExp])[] = [
  ['error-500', /answered 500, a fault on its side/],
  ['error-503-retry-after', /answered 503, a fault on its side/],
  ['error-401', /refused access \(answered 401\)/],
  ['error-404', /does not have this data \(answered 404\)/],
  ['html', /sent a web page instead of data/],
  ['malformed', /sent an answer that could not be read/],
  ['empty-body', /sent an empty answer/],
  ['wrong-shape', /sent data in an unexpected shape/],
  ['timeout', /is not answering/],
];
