// `window.__labEditor`: the editor's test handle (Playwright), beside
// `window.__lab`: write a file as a paste would, Apply it, read its markers.
import { useEditor, type OpenFile } from './editorStore.js';
import type { YamlEditor } from './monacoAdapter.js';

export interface EditorHandle {
  /** Resolves once monaco has loaded. */
  ready(): Promise<void>;
  newFile(name: string): Promise<void>;
  open(name: string): void;
  active(): string | undefined;
  /** Replace the active file's text (one paste). */
  setText(text: string): void;
  text(): string | undefined;
  /** Scroll the first line containing `needle` into view. */
  reveal(needle: string): void;
  save(): Promise<void>;
  /** Apply the active file; resolves with the terminal output. */
  apply(): Promise<string>;
  markers(): { owner: string; line: number; message: string }[];
  /** Answer a `kubectl edit` waiting on the active file. */
  finishEdit(save: boolean): Promise<void>;
}

interface Deps {
  editor: YamlEditor | null;
  apply(path: string): Promise<string>;
  save(path: string): Promise<string>;
  create(name: string): Promise<void>;
  finishEdit(f: OpenFile, save: boolean): Promise<void>;
}

let deps: Deps | undefined;
const readyWaiters: (() => void)[] = [];

function need(): { d: Deps; editor: YamlEditor; path: string } {
  const path = useEditor.getState().active;
  if (!deps?.editor || !path) throw new Error('no editor or no active file');
  return { d: deps, editor: deps.editor, path };
}

export function installEditorHandle(d: Deps): void {
  deps = d;
  if (d.editor) for (const w of readyWaiters.splice(0)) w();
  const handle: EditorHandle = {
    ready: () => (deps?.editor ? Promise.resolve() : new Promise((r) => readyWaiters.push(r))),
    newFile: (name) => deps!.create(name),
    open: (name) => {
      const f = useEditor.getState().files.find((x) => x.name === name || x.path === name);
      if (f) useEditor.getState().openFile(f.path);
    },
    active: () => useEditor.getState().active,
    setText: (text) => {
      const { editor, path } = need();
      editor.setText(path, text);
    },
    text: () => {
      const path = useEditor.getState().active;
      return path ? deps?.editor?.text(path) : undefined;
    },
    reveal: (needle) => need().editor.reveal(needle),
    save: async () => {
      const { d, path } = need();
      await d.save(path);
    },
    apply: () => {
      const { d, path } = need();
      return d.apply(path);
    },
    markers: () => {
      const { editor, path } = need();
      return editor.markers(path);
    },
    finishEdit: async (save) => {
      const { d, path } = need();
      const f = useEditor.getState().files.find((x) => x.path === path);
      if (f) await d.finishEdit(f, save);
    },
  };
  (window as unknown as { __labEditor: EditorHandle }).__labEditor = handle;
}
