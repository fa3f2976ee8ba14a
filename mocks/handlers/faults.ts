/**
 * Demo fault scenarios: make any endpoint slow, fail, time out, answer empty or answer garbage,
 * so presenters can rehearse bad days and tests can use the very same switches.
 *
 * Browser: add `?fault=observations:error-500,worldbank:timeout` (or `all:slow`) to the page URL.
 * Tests: `setFaults({ observations: 'error-500' })`, reset after each test by test/setup-integration.ts.
 */
import { delay, HttpResponse } from 'msw';

export const faultKinds = [
  'slow',
  'error-500',
  'error-503',
  'timeout',
  'empty',
  'malformed',
  'invalid',
] as const;
export type FaultKind = (typeof faultKinds)[number];
export const faultResources = [
  'zones',
  'sectors',
  'indicators',
  'observations',
  'events',
  'companies',
  'worldbank',
] as const;
export type FaultResource = (typeof faultResources)[number];
export type FaultMap = Partial<Record<FaultResource | 'all', FaultKind>>;

let active: FaultMap = {};
let slowMs = 2500;

export function setFaults(map: FaultMap, options: { slowMs?: number } = {}): void {
  active = { ...map };
  slowMs = options.slowMs ?? 2500;
}

export function clearFaults(): void {
  active = {};
}

/** Parses "observations:error-500,all:slow"; unknown parts are ignored and returned for a warning. */
export function parseFaults(text: string): { faults: FaultMap; ignored: string[] } {
  const faults: FaultMap = {};
  const ignored: string[] = [];
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [resource, kind] = part.split(':');
    const okResource = resource === 'all' || (faultResources as readonly string[]).includes(resource ?? '');
    const okKind = (faultKinds as readonly string[]).includes(kind ?? '');
    if (okResource && okKind) faults[resource as FaultResource | 'all'] = kind as FaultKind;
    else ignored.push(part);
  }
  return { faults, ignored };
}

export interface FaultBodies {
  empty: () => Response;
  invalid: () => Response;
}

/** Returns the faulty response for this resource, or null to answer normally. */
export async function applyFault(resource: FaultResource, bodies: FaultBodies): Promise<Response | null> {
  const kind = active[resource] ?? active.all;
  switch (kind) {
    case undefined:
      return null;
    case 'slow':
      await delay(slowMs);
      return null;
    case 'timeout':
      await delay('infinite');
      return null;
    case 'error-500':
      return HttpResponse.json({ error: 'Internal Server Error (demo fault)' }, { status: 500 });
    case 'error-503':
      return HttpResponse.json({ error: 'Service Unavailable (demo fault)' }, { status: 503 });
    case 'empty':
      return bodies.empty();
    case 'malformed':
      return new HttpResponse('{"data": [{"id": "truncated', {
        headers: { 'Content-Type': 'application/json' },
      });
    case 'invalid':
      return bodies.invalid();
  }
}
