// Generated at build time by src/map/basemap-plugin.ts (a chunk of its own, loaded with the map).
declare module 'virtual:repere-basemap' {
  import type { Basemap } from './basemap-types';
  const basemap: Basemap;
  export default basemap;
}
