import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The app is served by the router at `/` (same origin, no CORS). `npm run dev -w web` runs
 * Vite's dev server against a router elsewhere: `FOODGRAPH_ROUTER` (default
 * http://127.0.0.1:4000) is proxied for /graphql and /app-config.json, so the browser still
 * talks to one origin; a router on another origin works too when it lists this one in CORS_ORIGINS
 * and the app is built with VITE_GRAPHQL_URL pointing at it.
 */
const router = process.env['FOODGRAPH_ROUTER'] ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The typed documents graphql-codegen's client preset writes from schema/operations.
    alias: { '@generated': fileURLToPath(new URL('../schema/generated', import.meta.url)) },
  },
  server: {
    proxy: {
      '/graphql': { target: router, ws: true, changeOrigin: true },
      '/app-config.json': { target: router, changeOrigin: true },
    },
  },
  build: {
    target: 'es2022',
    // Maps for debugging a build, not announced to every browser (no sourceMappingURL comment).
    sourcemap: 'hidden',
    // A budget the issue sets for the initial route (gzip); the test reads the manifest.
    manifest: true,
    chunkSizeWarningLimit: 600,
  },
});
