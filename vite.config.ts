import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { basemapPlugin } from './src/map/basemap-plugin';
import { hostingRulesPlugin } from './deploy/vite-plugin';

export default defineConfig({
  plugins: [
    preact(),
    basemapPlugin(),
    hostingRulesPlugin(), // dist/_headers: the CDN's security and cache rules (deploy/)
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false, // src/offline/ registers it through workbox-window
      registerType: 'prompt',
      manifest: {
        name: 'Repère — aide au numérique près de chez vous',
        short_name: 'Repère',
        description: 'Trouver un lieu pour se faire aider avec le numérique, même sans réseau.',
        lang: 'fr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#000091',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        // The app shell: code (lazy chunks, other languages and the vector basemap included),
        // styles, icons — kept by the worker in stages (src/sw/shell.ts). The place index is not
        // here: src/device-data/ keeps the files of the version in use, gazetteer included, in
        // its own cache (docs/offline.md).
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        globIgnores: ['data/**', '404.html'],
        // Any file this large in the shell is a mistake to notice, not to precache.
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  // No data: URLs (Leaflet's CSS images): the Content-Security-Policy allows images from the app and the tile host only.
  // Two pages: the app, and the embed route partners frame (embed/index.html → /embed/, src/embed/).
  build: { target: 'es2020', sourcemap: false, assetsInlineLimit: 0, rollupOptions: { input: { main: 'index.html', embed: 'embed/index.html' } } },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
