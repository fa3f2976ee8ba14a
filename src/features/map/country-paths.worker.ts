// The map's projection off the main thread: the outlines arrive with this worker (not with the
// page), and each request projects them for one preset and frame size (map-paths-query.ts).
import type { Topology } from 'topojson-specification';
import topology from './corridor-countries.json';
import { toCountryShapes } from './geo-features';
import { toMapPaths, type MapPathsRequest } from './map-paths';

const shapes = toCountryShapes(topology as unknown as Topology);

self.onmessage = ({ data }: MessageEvent<MapPathsRequest & { id: number }>) => {
  try {
    self.postMessage({ id: data.id, paths: toMapPaths(shapes, data) });
  } catch (error) {
    self.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
