import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MapPaths, MapPathsRequest } from './map-paths';

/** Stands in for the browser's Worker: records what is posted; the test answers for it. */
class FakeWorker {
  static started: FakeWorker[] = [];
  posted: (MapPathsRequest & { id: number })[] = [];
  terminated = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.started.push(this);
  }
  postMessage(message: MapPathsRequest & { id: number }) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(paths: Partial<MapPaths>) {
    const id = this.posted.at(-1)?.id;
    this.onmessage?.({ data: { id, paths } });
  }
}

/** The module keeps its worker and queue: load a fresh copy with the fake worker installed. */
async function loaderWithWorker() {
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.resetModules();
  return import('./map-paths-query');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

const request = (width: number): MapPathsRequest => ({ preset: 'both', width, height: 400 });

describe('map paths off the main thread', () => {
  it('starts one module worker and sends it one request at a time, in order', async () => {
    const { loadMapPaths, projectsOffThread } = await loaderWithWorker();
    expect(projectsOffThread()).toBe(true);
    const first = loadMapPaths(request(800));
    const second = loadMapPaths(request(600));
    const [worker] = FakeWorker.started;
    expect(FakeWorker.started).toHaveLength(1);
    expect(worker?.options).toEqual({ type: 'module' });
    expect(worker?.posted).toEqual([expect.objectContaining(request(800))]);

    worker?.answer({ width: 800 });
    await expect(first).resolves.toEqual({ width: 800 });
    expect(worker?.posted.at(-1)).toEqual(expect.objectContaining(request(600)));
    worker?.answer({ width: 600 });
    await expect(second).resolves.toEqual({ width: 600 });
  });

  it('drops a size the frame has left before it reaches the worker', async () => {
    const { loadMapPaths } = await loaderWithWorker();
    const running = loadMapPaths(request(800));
    const abandoned = new AbortController();
    const dropped = loadMapPaths(request(700), abandoned.signal);
    const latest = loadMapPaths(request(600));
    abandoned.abort();
    await expect(dropped).rejects.toThrow();
    const [worker] = FakeWorker.started;
    worker?.answer({ width: 800 });
    await running;
    expect(worker?.posted.map((m) => m.width)).toEqual([800, 600]);
    worker?.answer({ width: 600 });
    await expect(latest).resolves.toEqual({ width: 600 });
  });

  it('passes on an error the worker reports', async () => {
    const { loadMapPaths } = await loaderWithWorker();
    const failing = loadMapPaths(request(800));
    const [worker] = FakeWorker.started;
    worker?.onmessage?.({ data: { id: worker.posted[0]?.id, error: 'no outlines' } });
    await expect(failing).rejects.toThrow('no outlines');
  });

  it('projects on the main thread when the worker cannot be loaded, the same paths', async () => {
    const { loadMapPaths, projectsOffThread } = await loaderWithWorker();
    const pending = loadMapPaths(request(800));
    const [worker] = FakeWorker.started;
    const preventDefault = vi.fn();
    worker?.onerror?.({ preventDefault });
    const paths = await pending;
    expect(preventDefault).toHaveBeenCalled();
    expect(worker?.terminated).toBe(true);
    expect(projectsOffThread()).toBe(false);
    expect(paths).toMatchObject({ preset: 'both', width: 800, height: 400 });
    expect(paths.countries.find((c) => c.role === 'pakistan')?.d).toMatch(/^M[\d.-]+,[\d.-]+/);
  });
});

describe('map paths without workers (jsdom, Node)', () => {
  it('projects a new size synchronously once the outlines are loaded', async () => {
    vi.resetModules();
    const { loadMapPaths, mapPathsQuery, projectsOffThread } = await import('./map-paths-query');
    expect(projectsOffThread()).toBe(false);
    const initial = mapPathsQuery(request(500)).initialData;
    expect(typeof initial === 'function' ? initial() : initial).toBeUndefined();
    await loadMapPaths(request(800));
    const later = mapPathsQuery(request(500)).initialData;
    expect(typeof later === 'function' ? later() : later).toMatchObject({ width: 500, height: 400 });
  });
});
