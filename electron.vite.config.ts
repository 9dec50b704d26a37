import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { noInlineScripts } from './scripts/no-inline-scripts';

export default defineConfig({
  main: {
    // lowdb and steno are ESM-only: bundle them rather than rely on require(esm) at run time.
    build: {
      externalizeDeps: { exclude: ['lowdb', 'steno'] },
      // The guest list is read in a worker thread (decision 0015): its code is an entry of its own, beside index.js.
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          'guest-import-worker': resolve(__dirname, 'src/core/guest-import/read-worker.ts'),
          // Itineraries and letters in bulk are built in worker threads too (src/core/docx-workers/pool.ts).
          'docx-worker': resolve(__dirname, 'src/core/docx-workers/worker.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload can require nothing but a few Electron modules: bundle everything into it.
    build: { externalizeDeps: false },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: {
        input: resolve(__dirname, 'src/renderer/index.html'),
        output: {
          codeSplitting: {
            groups: [
              {
                // The page's first requests (src/renderer/src/boot.ts) in a chunk of their own, which the
                // entry imports first: they are sent before React, Mantine and the rest are run.
                name: 'boot',
                test: /src[\\/]renderer[\\/](src[\\/](boot|route-address|visits[\\/]list-query)\.ts|api[\\/]client\.ts)$|src[\\/]shared[\\/]errors\.ts$/,
                priority: 100,
              },
            ],
          },
        },
      },
      // electron-vite leaves the renderer unminified; the page loads ~40% less JavaScript minified.
      minify: true,
    },
    plugins: [react(), noInlineScripts()],
  },
});
