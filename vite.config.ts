// Vite builds the browser lab: React via @vitejs/plugin-react (Vite 8's oxc
// transform underneath), the engine as a module worker (src/engine/worker.ts).
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { schema as explainSchema } from './src/engine/kubectl/explain/schema.generated.js';
import { toJsonSchema } from './src/ui/features/editor/schema/toJsonSchema.js';
import { ownDescriptions } from './src/ui/features/editor/schema/descriptions.js';

/**
 * `virtual:k8s-schema`: the editor's JSON Schema, derived at build time from
 * the API schema kubectl explain uses (generated from kubernetes-types), with
 * our English descriptions; the editor swaps in zh-CN at run time.
 */
function k8sSchema(): Plugin {
  const id = 'virtual:k8s-schema';
  return {
    name: 'kubelab-k8s-schema',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? `export default ${JSON.stringify(toJsonSchema(explainSchema, ownDescriptions.en))};` : undefined),
  };
}

export default defineConfig({
  plugins: [react(), k8sSchema()],
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
