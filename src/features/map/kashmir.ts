import { geoContains } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';

/**
 * An APPROXIMATE outline of the disputed Kashmir region (the former princely state of Jammu and
 * Kashmir: Gilgit-Baltistan, Azad Jammu and Kashmir, Jammu and Kashmir, Ladakh, the Shaksgam
 * valley and Aksai Chin). world-atlas (Natural Earth 4.1) has no disputed-area polygons and draws
 * de facto lines of control, so this is our own coarse sketch, drawn hatched and labelled as such.
 * Vertices are rounded from the coordinates of named places on or near the edge (Wikipedia /
 * GeoNames): Bhimber 32.97°N 74.07°E, Mangla 33.13°N 73.64°E, Muzaffarabad 34.37°N 73.47°E,
 * Babusar Pass 35.15°N 74.05°E, Shandur Pass 36.07°N 72.55°E, Kilik Pass 37.08°N 74.67°E,
 * Khunjerab Pass 36.85°N 75.42°E, Karakoram Pass 35.51°N 77.82°E, Aksai Chin ≈35.2°N 79.5°E,
 * Pangong Tso 33.7°N 78.9°E, Demchok 32.70°N 79.45°E, Baralacha La 32.76°N 77.42°E,
 * Kathua 32.37°N 75.52°E. Error is tens of kilometres: fine at country scale, not for any claim.
 * Ring order is clockwise, as d3-geo expects for a polygon's exterior on the sphere.
 */
export const kashmirOutline: Feature<Polygon, { name: string }> = {
  type: 'Feature',
  properties: { name: 'Kashmir (disputed, approximate outline)' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [74.1, 32.85],
        [73.6, 33.05],
        [73.4, 33.6],
        [73.3, 34.2],
        [73.55, 34.75],
        [73.95, 35.1],
        [73.3, 35.35],
        [72.6, 35.85],
        [72.5, 36.3],
        [73.1, 36.85],
        [74.0, 36.95],
        [74.7, 37.1],
        [75.4, 36.9],
        [76.3, 36.6],
        [77.0, 36.1],
        [77.8, 35.6],
        [78.9, 35.9],
        [79.5, 36.0],
        [80.3, 35.6],
        [80.2, 34.8],
        [79.5, 34.3],
        [79.0, 33.5],
        [79.5, 32.7],
        [78.7, 32.5],
        [77.4, 32.8],
        [76.3, 32.9],
        [75.5, 32.3],
        [74.7, 32.5],
        [74.1, 32.85],
      ],
    ],
  },
};

/** Where the region's label sits: over Ladakh, clear of the zone markers at Gilgit and Mirpur. */
export const kashmirLabelAt: [number, number] = [78.4, 34.6];

/** Whether a place lies inside the approximate outline (tooltips say so for Gilgit and Mirpur). */
export const inKashmir = (lon: number, lat: number): boolean => geoContains(kashmirOutline, [lon, lat]);
