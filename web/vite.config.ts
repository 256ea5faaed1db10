/** Vite config for the web application: React, the shared core from ../src, /api proxied to the server in dev. */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // Vite writes this on the page's tags and a <meta property="csp-nonce">; the server puts each response's nonce in.
  html: { cspNonce: '__JIXIAO_CSP_NONCE__' },
  server: {
    port: 5173,
    // The core lives in ../src and is imported directly so scoring runs in the browser.
    fs: { allow: ['..'] },
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: false,
  },
});
