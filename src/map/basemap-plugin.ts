import type { Plugin } from 'vite';
import { basemapModule, buildBasemap } from '../../scripts/build-basemap';

const ID = 'virtual:repere-basemap';
const RESOLVED = '\0repere-basemap';

/**
 * Serves the vector basemap as a JS module built at build time. The map imports it dynamically,
 * so it becomes its own hashed chunk: out of the initial bundle, and precached by the service
 * worker like every other .js file.
 */
export function basemapPlugin(): Plugin {
  return {
    name: 'repere-basemap',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? basemapModule(buildBasemap()) : undefined),
  };
}
