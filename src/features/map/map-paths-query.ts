import { queryOptions } from '@tanstack/react-query';
import { loadCountryShapes, type CountryShape } from './geo-features';
import { toMapPaths, type MapPaths, type MapPathsRequest } from './map-paths';

interface Job {
  id: number;
  request: MapPathsRequest;
  resolve: (paths: MapPaths) => void;
  reject: (error: unknown) => void;
}
type Reply = { id: number; paths: MapPaths; error?: undefined } | { id: number; error: string };

let shapesHere: CountryShape[] | null = null;

/** On the main thread: where there are no workers (jsdom) or the worker could not be loaded. */
async function projectHere(request: MapPathsRequest): Promise<MapPaths> {
  shapesHere ??= await loadCountryShapes();
  return toMapPaths(shapesHere, request);
}

let worker: Worker | null = null;
let workerFailed = typeof Worker === 'undefined';
/** One request at a time, so a size the frame has already left can be dropped before it is sent. */
const queue: Job[] = [];
let running: Job | null = null;
let nextId = 0;

/** Whether outlines are projected off the main thread (so projecting more sizes ahead costs the page nothing). */
export const projectsOffThread = () => !workerFailed;

function startWorker(): Worker {
  const started = new Worker(new URL('./country-paths.worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = ({ data }: MessageEvent<Reply>) => {
    const job = running;
    if (job?.id !== data.id) return;
    running = null;
    if (data.error === undefined) job.resolve(data.paths);
    else job.reject(new Error(data.error));
    next();
  };
  started.onerror = (event) => {
    // The worker did not load or broke: this and every later request is projected here instead.
    event.preventDefault();
    workerFailed = true;
    started.terminate();
    worker = null;
    const jobs = [...(running ? [running] : []), ...queue.splice(0)];
    running = null;
    for (const job of jobs) projectHere(job.request).then(job.resolve, job.reject);
  };
  return started;
}

function next() {
  if (running) return;
  const job = queue.shift();
  if (!job) return;
  running = job;
  worker ??= startWorker();
  worker.postMessage({ id: job.id, ...job.request });
}

/** The outlines projected for one preset and size: in the map's worker where there is one. */
export function loadMapPaths(request: MapPathsRequest, signal?: AbortSignal): Promise<MapPaths> {
  if (workerFailed) return projectHere(request);
  return new Promise((resolve, reject) => {
    const job: Job = { id: (nextId += 1), request, resolve, reject };
    signal?.addEventListener('abort', () => {
      const waiting = queue.indexOf(job);
      if (waiting < 0) return;
      queue.splice(waiting, 1);
      reject(signal.reason);
    });
    queue.push(job);
    next();
  });
}

/**
 * Path data per preset and frame size, made once and kept while the map is shown at that size.
 * Without a worker, once the outlines are loaded, a new preset or size is projected synchronously
 * (as its initial data), so it draws in the same render as before the worker existed.
 */
export const mapPathsQuery = (request: MapPathsRequest) =>
  queryOptions({
    queryKey: ['static', 'map-paths', request.preset, request.width, request.height] as const,
    queryFn: ({ signal }) => loadMapPaths(request, signal),
    initialData: () => (workerFailed && shapesHere ? toMapPaths(shapesHere, request) : undefined),
    staleTime: Infinity,
  });
