// The monaco adapter (the only module that imports monaco-editor and
// monaco-yaml; loaded lazily by EditorPane, so the first paint never waits).
// One model per workstation file; monaco-yaml validates, completes and
// explains fields with the Kubernetes schema built by vite.config.ts.
import * as monaco from 'monaco-editor/esm/vs/editor/edcore.main.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import { configureMonacoYaml, type MonacoYaml } from 'monaco-yaml';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import YamlWorker from './yaml.worker.js?worker';
import k8sSchema from 'virtual:k8s-schema';
import type { EditorMarker } from '../../../engine/protocol/index.js';
import { localizeSchema, type JsonSchema } from './schema/toJsonSchema.js';
import { ownDescriptions } from './schema/descriptions.js';

(globalThis as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'yaml' ? new YamlWorker() : new EditorWorker()),
};

export type Lang = 'en' | 'zh-CN';

const schemas: Partial<Record<Lang, JsonSchema>> = { en: k8sSchema };
function schemaFor(lang: Lang): JsonSchema {
  return (schemas[lang] ??= localizeSchema(k8sSchema, ownDescriptions[lang]));
}

function yamlOptions(lang: Lang) {
  return {
    enableSchemaRequest: false,
    validate: true,
    completion: true,
    hover: true,
    // Without this each hover ends "Source: \kubernetes.json" (the schema URI's basename), which tells a student nothing.
    hoverSchemaSource: false,
    schemas: [{ uri: 'https://kubelab.local/kubernetes.json', fileMatch: ['**/*.yaml', '**/*.yml'], schema: schemaFor(lang) as never }],
  };
}

let yaml: MonacoYaml | undefined;

/**
 * monaco-yaml 5.5 (through monaco-worker-manager 2) calls the pre-0.53
 * `createWebWorker({ moduleId, label, createData })`; monaco 0.54 wants a
 * `worker`. Start the worker as monaco's own JSON mode does (an "ignore"
 * message, then the create data) and hand it over.
 */
const monacoForYaml = {
  ...monaco,
  editor: {
    ...monaco.editor,
    createWebWorker: (opts: { worker?: Worker; createData?: unknown; host?: Record<string, unknown>; keepIdleModels?: boolean }) => {
      if (opts.worker) return monaco.editor.createWebWorker(opts as Parameters<typeof monaco.editor.createWebWorker>[0]);
      const worker = new YamlWorker();
      worker.postMessage('ignore');
      worker.postMessage(opts.createData);
      return monaco.editor.createWebWorker({ worker, host: opts.host, keepIdleModels: opts.keepIdleModels } as unknown as Parameters<typeof monaco.editor.createWebWorker>[0]);
    },
  },
} as unknown as typeof monaco;

export interface YamlEditorOptions {
  theme: 'dark' | 'light';
  lang: Lang;
  /** The student changed a file's text. */
  onChange(path: string, text: string): void;
  /** Ctrl-S / Cmd-S. */
  onSave(path: string): void;
}

const apiOwner = 'kubectl';

function uriOf(path: string): monaco.Uri {
  return monaco.Uri.file(path);
}

export class YamlEditor {
  readonly editor: monaco.editor.IStandaloneCodeEditor;
  private path: string | undefined;
  private muted = false;

  constructor(el: HTMLElement, private readonly opts: YamlEditorOptions) {
    if (!yaml) yaml = configureMonacoYaml(monacoForYaml, yamlOptions(opts.lang));
    else void yaml.update(yamlOptions(opts.lang));
    this.editor = monaco.editor.create(el, {
      model: null,
      automaticLayout: true,
      theme: opts.theme === 'dark' ? 'vs-dark' : 'vs',
      fontFamily: '"DejaVu Sans Mono", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace',
      fontSize: 13,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      tabSize: 2,
      insertSpaces: true,
      renderWhitespace: 'boundary',
      quickSuggestions: { other: true, comments: false, strings: true },
      fixedOverflowWidgets: true,
    });
    this.editor.onDidChangeModelContent(() => {
      if (this.muted || !this.path) return;
      this.opts.onChange(this.path, this.editor.getValue());
    });
    this.editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => this.path && this.opts.onSave(this.path));
  }

  /** Show `path`; `text` replaces the model's text when given (a fresh read from disk). */
  show(path: string, text: string | undefined): void {
    const uri = uriOf(path);
    let model = monaco.editor.getModel(uri);
    const language = /\.ya?ml$/.test(path) ? 'yaml' : 'plaintext';
    if (!model) model = monaco.editor.createModel(text ?? '', language, uri);
    else if (text !== undefined && model.getValue() !== text) {
      this.muted = true;
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
      this.muted = false;
    }
    this.path = path;
    if (this.editor.getModel() !== model) this.editor.setModel(model);
  }

  /** Scroll the first line containing `needle` into view (tests; a lesson's "look here"). */
  reveal(needle: string): void {
    const model = this.editor.getModel();
    const match = model?.findNextMatch(needle, { lineNumber: 1, column: 1 }, false, true, null, false);
    if (match) this.editor.revealLineInCenter(match.range.startLineNumber);
  }

  text(path: string): string | undefined {
    return monaco.editor.getModel(uriOf(path))?.getValue();
  }

  /** Replace the text as a paste would (one undoable edit). */
  setText(path: string, text: string): void {
    const model = monaco.editor.getModel(uriOf(path));
    if (!model) return;
    this.editor.executeEdits('paste', [{ range: model.getFullModelRange(), text }]);
  }

  /** The API server's complaints, as markers (separate from the schema's). */
  setApiMarkers(path: string, markers: EditorMarker[]): void {
    const model = monaco.editor.getModel(uriOf(path));
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      apiOwner,
      markers.map((m) => ({
        severity: monaco.MarkerSeverity.Error,
        startLineNumber: m.line,
        startColumn: m.column,
        endLineNumber: m.endLine,
        endColumn: m.endColumn,
        message: m.message,
        source: 'kube-apiserver',
      })),
    );
  }

  /** Every marker on a file (schema and API), for tests and the problem count. */
  markers(path: string): { owner: string; line: number; message: string }[] {
    return monaco.editor.getModelMarkers({ resource: uriOf(path) }).map((m) => ({ owner: m.owner, line: m.startLineNumber, message: m.message }));
  }

  setTheme(theme: 'dark' | 'light'): void {
    monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs');
  }

  setLanguage(lang: Lang): void {
    void yaml?.update(yamlOptions(lang));
  }

  /** Forget a closed file's model. */
  close(path: string): void {
    monaco.editor.getModel(uriOf(path))?.dispose();
  }

  focus(): void {
    this.editor.focus();
  }

  dispose(): void {
    this.editor.dispose();
  }
}
