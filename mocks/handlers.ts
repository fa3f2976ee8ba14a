import { companiesHandler } from './handlers/companies';
import { eventsHandler } from './handlers/events';
import { indicatorsHandler } from './handlers/indicators';
import { metaHandler } from './handlers/meta';
import { observationsHandler } from './handlers/observations';
import { sectorsHandler } from './handlers/sectors';
import { worldBankHandler } from './handlers/world-bank';
import { zonesHandler } from './handlers/zones';

/** The one list of handlers, served by the browser worker (mocks/browser.ts) and the Vitest server (mocks/node.ts). */
export const apiHandlers = [
  zonesHandler,
  sectorsHandler,
  indicatorsHandler,
  observationsHandler,
  eventsHandler,
  companiesHandler,
  metaHandler,
];
export const worldBankHandlers = [worldBankHandler];
export const handlers = [...apiHandlers, ...worldBankHandlers];
