/**
 * Demo fault scenarios: make any endpoint slow, fail, time out, answer empty or answer garbage,
 * so presenters can rehearse bad days and tests can use the very same switches.
 *
 * Browser: add `?fault=observations:error-500,worldbank:timeout` (or `all:slow`) to the page URL.
 * Tests: `setFaults({ observations: 'error-500' })`, reset after each test by test/setup-integration.ts.
 */
import { delay, HttpResponse } from 'msw';

/** Faults of the answer as a whole: status, timing, body. */
const responseFaults = [
  'slow',
  'error-500',
  'error-503',
  'error-503-retry-after',
  'error-401',
  'error-404',
  'timeout',
  'empty',
  'empty-body',
  'html',
  'malformed',
  'wrong-shape',
  'invalid',
] as const;
/** Hostile or odd records inside an otherwise good list answer (mocks/handlers/hostile-records.ts). */
const recordFaults = [
  'javascript-links',
  'long-names',
  'rtl-cjk-names',
  'huge-numbers',
  'negative-numbers',
  'overflow-numbers',
  'duplicate-ids',
  'unknown-enum',
  'extra-fields',
] as const;
const faultKinds = [...responseFaults, ...recordFaults] as const;
export type RecordFault = (typeof recordFaults)[number];
export type FaultKind = (typeof faultKinds)[number];
const faultResources = [
  'zones',
  'sectors',
  'indicators',
  'observations',
  'events',
  'companies',
  'meta',
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

/** The record fault active for this resource, if any. */
export function activeRecordFault(resource: FaultResource): RecordFault | null {
  const kind = active[resource] ?? active.all;
  return (recordFaults as readonly string[]).includes(kind ?? '') ? (kind as RecordFault) : null;
}

const text = (body: string, contentType: string) =>
  new HttpResponse(body, { headers: { 'Content-Type': contentType } });

/** Returns the faulty response for this resource, or null to answer normally. */
export async function applyFault(resource: FaultResource, bodies: FaultBodies): Promise<Response | null> {
  const kind = active[resource] ?? active.all;
  if (activeRecordFault(resource)) return null;
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
    case 'error-503-retry-after':
      return HttpResponse.json(
        { error: 'Service Unavailable (demo fault)' },
        { status: 503, headers: { 'Retry-After': '8' } },
      );
    case 'error-401':
      return HttpResponse.json({ error: 'Unauthorized (demo fault)' }, { status: 401 });
    case 'error-404':
      return HttpResponse.json({ error: 'Not Found (demo fault)' }, { status: 404 });
    case 'empty-body':
      return text('', 'application/json');
    case 'html':
      return text('<!doctype html><html><body><h1>Sign in</h1></body></html>', 'text/html');
    case 'wrong-shape':
      return HttpResponse.json({ items: [], total: 0 });
    case 'empty':
      return bodies.empty();
    case 'malformed':
      return new HttpResponse('{"data": [{"id": "truncated', {
        headers: { 'Content-Type': 'application/json' },
      });
    case 'invalid':
      return bodies.invalid();
    default:
      return null;
  }
}
