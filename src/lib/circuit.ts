/**
 * One circuit per host. After a few transient failures in a row the circuit opens: requests to that
 * host fail at once with the last failure (so every panel shows it together) instead of each query
 * hammering a server that is down. When the cool-down ends, the first request through is the probe;
 * the others wait for its outcome. Retry-After sets the cool-down when the server gives one.
 */
import { ApiError, isTransient } from './api-error';

const FAILURES_TO_OPEN = 3;
const BASE_COOLDOWN_MS = 5_000;
const MAX_COOLDOWN_MS = 60_000;

interface HostState {
  failures: number;
  opens: number;
  openUntil: number;
  lastError: ApiError | null;
  probe: Promise<void> | null;
  settleProbe: () => void;
}

export interface CircuitSnapshot {
  host: string;
  open: boolean;
  retryAt: number;
  lastError: ApiError | null;
}

const hosts = new Map<string, HostState>();
const listeners = new Set<() => void>();
let snapshot: readonly CircuitSnapshot[] = [];

function notify(): void {
  snapshot = [...hosts.entries()]
    .filter(([, s]) => s.failures >= FAILURES_TO_OPEN)
    .map(([host, s]) => ({ host, open: true, retryAt: s.openUntil, lastError: s.lastError }));
  for (const listener of listeners) listener();
}

function stateOf(host: string): HostState {
  let s = hosts.get(host);
  if (!s) {
    s = { failures: 0, opens: 0, openUntil: 0, lastError: null, probe: null, settleProbe: () => {} };
    hosts.set(host, s);
  }
  return s;
}

function openError(s: HostState): ApiError {
  const last = s.lastError ?? new ApiError('network', 'The data service could not be reached.');
  return new ApiError(last.kind, last.message, { ...last.details, circuitOpen: true });
}

/** Resolves when a request to `host` may go out (true: it is the probe); throws while the circuit is open. */
export async function admit(host: string): Promise<boolean> {
  const s = stateOf(host);
  if (s.failures < FAILURES_TO_OPEN) return false;
  if (Date.now() < s.openUntil) throw openError(s);
  if (s.probe) {
    await s.probe;
    return admit(host);
  }
  s.probe = new Promise<void>((resolve) => (s.settleProbe = resolve));
  return true;
}

function endProbe(s: HostState): void {
  s.probe = null;
  s.settleProbe();
}

/** Records how a request ended. Anything but a transient failure shows the host is answering. */
export function record(host: string, error: unknown): void {
  const s = stateOf(host);
  if (!isTransient(error)) {
    const wasOpen = s.failures >= FAILURES_TO_OPEN;
    s.failures = 0;
    s.opens = 0;
    endProbe(s);
    if (wasOpen) notify();
    return;
  }
  s.failures += 1;
  s.lastError = error as ApiError;
  // Failures of requests sent before the circuit opened do not lengthen the cool-down.
  if (s.failures >= FAILURES_TO_OPEN && Date.now() >= s.openUntil) {
    s.opens += 1;
    const backoff = Math.min(BASE_COOLDOWN_MS * 2 ** (s.opens - 1), MAX_COOLDOWN_MS);
    const jittered = backoff * (0.8 + Math.random() * 0.4);
    s.openUntil = Math.ceil(Date.now() + Math.max(jittered, (error as ApiError).details.retryAfterMs ?? 0));
    notify();
  }
  endProbe(s);
}

/** A request that was cancelled by its caller says nothing about the host; let another probe go. */
export function release(host: string): void {
  endProbe(stateOf(host));
}

/** The user pressed Retry: let the next request through now, as the probe. */
export function probeNow(): void {
  for (const s of hosts.values()) if (s.failures >= FAILURES_TO_OPEN) s.openUntil = 0;
}

/** When the host's circuit lets requests through again (0 if it is closed). */
export function reopensAt(host: string): number {
  const s = hosts.get(host);
  return s && s.failures >= FAILURES_TO_OPEN ? s.openUntil : 0;
}

export function subscribeCircuits(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function circuitSnapshot(): readonly CircuitSnapshot[] {
  return snapshot;
}

/** Tests start from closed circuits. */
export function resetCircuits(): void {
  hosts.clear();
  notify();
}
