// Vite builds the browser lab: React via @vitejs/plugin-react (Vite 8's oxc
// transform underneath), the engine as a module worker (src/engine/worker.ts).
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { schema as explainSchema } from './src/engine/kubectl/explain/schema.generated.js';
import { toJsonSchema } from './src/ui/features/editor/schema/toJsonSchema.js';
import { ownDescriptions } from './src/ui/features/editor/schema/descriptions.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPack } from './src/lessons/load.js';
import { codeBlocks, renderInline, renderMarkdown } from './src/lessons/markdown.js';
import type { Pack } from './src/lessons/types.js';

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

/**
 * `virtual:builtin-pack`: the built-in course (src/lessons/course) loaded and
 * validated by loadPack() at build time, with every Markdown text the lesson
 * pane shows rendered to HTML (block `b:`, inline `i:`) and its code blocks
 * (`c:`). The page then needs neither yaml/ajv nor markdown-it for it; the
 * HTML still passes through DOMPurify at run time (SafeMarkdown).
 */
function builtinPack(): Plugin {
  const id = 'virtual:builtin-pack';
  const dir = fileURLToPath(new URL('./src/lessons/course', import.meta.url));
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : /\.(ya?ml|md)$/.test(e.name) ? [join(d, e.name)] : []));
  return {
    name: 'kubelab-builtin-pack',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      const files: Record<string, string> = {};
      for (const f of walk(dir)) {
        this.addWatchFile(f);
        files[relative(dir, f).split('\\').join('/')] = readFileSync(f, 'utf8');
      }
      const { pack, problems } = loadPack(files);
      const html: Record<string, string> = {};
      const blocks: Record<string, { lang: string; text: string }[]> = {};
      const block = (t: string | undefined) => {
        if (t == null) return;
        html[`b:${t}`] = renderMarkdown(t);
        blocks[`c:${t}`] = codeBlocks(t);
      };
      const inline = (t: string | undefined) => {
        if (t != null) html[`i:${t}`] = renderInline(t);
      };
      const each = (l: Record<string, string> | undefined, f: (t: string) => void) => l && Object.values(l).forEach(f);
      if (pack) {
        const p = pack as Pack;
        for (const loc of Object.keys(p.title) as (keyof typeof p.title)[]) inline(`${p.title[loc]} ${p.version}${p.license ? ` · ${p.license}` : ''}`);
        for (const lesson of p.lessons)
          for (const step of lesson.steps) {
            each(step.text, block);
            step.hints.forEach((h) => each(h, inline));
            if (step.question) {
              each(step.question.prompt, block);
              step.question.choices.forEach((c) => each(c, inline));
              each(step.question.explanation, inline);
            }
          }
      }
      return `export default ${JSON.stringify({ pack, problems, html, blocks })};`;
    },
  };
}

/**
 * What the engine worker's first answer does not need (src/engine/lazy/afterAnswer.ts:
 * kubectl's other commands, help texts and schema, the shell's programs, the YAML
 * parser) is a chunk fetched after that answer: the composition root takes its source
 * from lazy/source.browser.ts here instead of the Node one that imports it up front.
 */
function afterAnswerChunk(): Plugin {
  const browser = fileURLToPath(new URL('./src/engine/lazy/source.browser.ts', import.meta.url));
  return {
    name: 'kubelab-after-answer-chunk',
    enforce: 'pre',
    resolveId: (source, importer) => (source.endsWith('/lazy/source.js') && importer?.split('\\').join('/').includes('/src/engine/') ? browser : undefined),
  };
}

export default defineConfig({
  plugins: [react(), k8sSchema(), builtinPack(), afterAnswerChunk()],
  worker: { format: 'es', plugins: () => [afterAnswerChunk()] },
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
