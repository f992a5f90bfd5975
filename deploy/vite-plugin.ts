// Writes the CDN rules (`_headers`, deploy/cdn.ts) into the build, from the tile source this very
// build uses, so the published folder always carries a policy that lets its own map load.
// deploy/cli.ts and deploy/local.ts read the tile host back from that file for nginx.
import type { Plugin } from 'vite';
import { pickTileSource } from '../src/map/tile-sources';
import { renderHeadersFile } from './cdn';

export function hostingRulesPlugin(): Plugin {
  let tileUrl = '';
  return {
    name: 'repere-hosting-rules',
    apply: 'build',
    configResolved(config) {
      tileUrl = pickTileSource(config.env.VITE_TILE_URL as string | undefined).url;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: renderHeadersFile({ tileUrl }) });
    },
  };
}
