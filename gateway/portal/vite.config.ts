/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The build lands straight in the gateway's classes, so the gateway jar serves it from static/.
export default defineConfig({
  plugins: [react()],
  // `npm run dev` next to a running gateway (./pathway up): the gateway's session cookie is for 127.0.0.1 whatever
  // the port, so the dev server's API calls go through the gateway signed in, as the built app's do.
  server: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:8080', '/logout': 'http://127.0.0.1:8080' },
  },
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
