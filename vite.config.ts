// Vite builds the browser lab: React via @vitejs/plugin-react (Vite 8's oxc
// transform underneath), the engine as a module worker (src/engine/worker.ts).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  // The worker imports `yaml`; pre-bundle it so the first dev load does not reload.
  optimizeDeps: { include: ['yaml'] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    sourcemap: true,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
