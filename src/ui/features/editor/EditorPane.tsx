// The centre's upper pane: the workstation's files as tabs, Save and Apply,
// and `kubectl edit` sessions. This pane is a chunk of its own (LazyEditorPane,
// which also takes `kubectl edit`'s editor.open pushes); monaco itself is loaded
// lazily (monacoAdapter) once it is in; until then the tabs work and a note shows.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Push } from '../../../engine/protocol/index.js';
import { useEngine } from '../../engine-client/context.js';
import { usePrefs } from '../../state/prefsStore.js';
import { whenTerminal } from '../terminal/activeTerminal.js';
import { fileName, useEditor, type OpenFile } from './editorStore.js';
import { EditorFoldToggle } from './EditorFoldToggle.js';
import { addFeatureMessages } from './messages.js';
import type { Lang, YamlEditor } from './monacoAdapter.js';
import { installEditorHandle } from './editorHandle.js';
import { whenRestored } from '../persistence/persistence.js';
// editor.css is imported by LazyEditorPane, so the placeholder has the pane's box.

addFeatureMessages();

/** `kubectl apply -f` argument for a file: `~/x.yaml` in the home directory. */
export function applyCommand(path: string): string {
  const arg = path.startsWith('/root/') ? `~/${path.slice(6)}` : path;
  return `kubectl apply -f ${/\s/.test(arg) ? `'${arg}'` : arg}`;
}

/**
 * Monaco (about 1 MB gzip) loads once the terminal has shown its first prompt
 * and the main thread is idle, so it never delays the first paint or the
 * student's first command.
 */
function afterTerminalReady(fn: () => void): () => void {
  let cancelled = false;
  const idle = (window as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  const run = () => !cancelled && fn();
  void whenTerminal()
    .then((t) => t.whenIdle())
    .then(() => (idle ? idle(run, { timeout: 1000 }) : setTimeout(run, 100)));
  return () => {
    cancelled = true;
  };
}

/** `startNaming`: "New file" was pressed on the placeholder before this pane had loaded. */
export function EditorPane({ startNaming = false }: { startNaming?: boolean }) {
  const { t, i18n } = useTranslation();
  const client = useEngine();
  const theme = usePrefs((s) => s.theme);
  const { files, active, markers, expanded } = useEditor();
  const host = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<YamlEditor | null>(null);
  const [loadError, setLoadError] = useState<string>();
  const [naming, setNaming] = useState(startNaming);
  const [busy, setBusy] = useState(false);
  const activeFile = files.find((f) => f.path === active);

  const refreshListing = useCallback(async () => {
    const { files: entries } = await client.request('fs.list', {});
    useEditor.getState().setListing(entries);
    // A file changed on disk (cat > x.yaml) is re-read unless the student is editing it.
    const cur = useEditor.getState().files.find((f) => f.path === useEditor.getState().active);
    if (cur && cur.draft === undefined && cur.editSession === undefined && entries.some((e) => e.path === cur.path)) {
      const { content } = await client.request('fs.read', { path: cur.path });
      if (content !== cur.saved) useEditor.getState().setSaved(cur.path, content);
    }
  }, [client]);

  // The file list now and whenever a command finishes (LazyEditorPane opens `kubectl edit`'s files).
  useEffect(() => {
    // After a saved lab is replayed: its files are the workstation's then.
    void whenRestored()
      .then(refreshListing)
      .catch(() => {});
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = client.subscribe((pushes: Push[]) => {
      for (const p of pushes) {
        if (p.kind === 'terminal.idle' || p.kind === 'terminal.reset') {
          clearTimeout(timer);
          timer = setTimeout(() => void refreshListing().catch(() => {}), 50);
        }
      }
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [client, refreshListing]);

  // Monaco, once the page has painted.
  useEffect(() => {
    let ed: YamlEditor | undefined;
    let disposed = false;
    const cancel = afterTerminalReady(() => {
      import('./monacoAdapter.js').then(
        ({ YamlEditor }) => {
          if (disposed || !host.current) return;
          ed = new YamlEditor(host.current, {
            theme: usePrefs.getState().theme,
            lang: i18n.language as Lang,
            onChange: (path, text) => useEditor.getState().setDraft(path, text),
            onSave: (path) => void saveFile(path),
          });
          setEditor(ed);
        },
        (e: Error) => setLoadError(e.message),
      );
    });
    return () => {
      disposed = true;
      cancel();
      ed?.dispose();
    };
  }, []);

  useEffect(() => editor?.setTheme(theme), [editor, theme]);
  useEffect(() => editor?.setLanguage(i18n.language as Lang), [editor, i18n.language]);

  // Show the active file (reading it first if needed).
  useEffect(() => {
    if (!activeFile) return;
    if (activeFile.saved === undefined) {
      client.request('fs.read', { path: activeFile.path }).then(
        ({ content }) => useEditor.getState().upsert({ path: activeFile.path, name: activeFile.name, saved: content }),
        () => {},
      );
      return;
    }
    editor?.show(activeFile.path, activeFile.draft ?? activeFile.saved);
  }, [editor, client, activeFile?.path, activeFile?.saved]);

  useEffect(() => {
    if (editor && active) editor.setApiMarkers(active, markers[active] ?? []);
  }, [editor, active, markers]);

  const currentText = (path: string): string => {
    const f = useEditor.getState().files.find((x) => x.path === path);
    return editor?.text(path) ?? f?.draft ?? f?.saved ?? '';
  };

  async function saveFile(path: string): Promise<string> {
    const text = currentText(path);
    const f = useEditor.getState().files.find((x) => x.path === path);
    if (f?.editSession !== undefined) return text;
    await client.request('fs.write', { path, content: text });
    useEditor.getState().setSaved(path, text);
    return text;
  }

  async function apply(path: string): Promise<string> {
    setBusy(true);
    try {
      const content = await saveFile(path);
      useEditor.getState().setMarkers(path, []);
      const term = await whenTerminal();
      await term.whenIdle();
      const before = term.text();
      term.type(`${applyCommand(path)}\r`);
      await term.whenIdle();
      const after = term.text();
      const output = after.startsWith(before) ? after.slice(before.length) : after;
      const { markers: found } = await client.request('editor.diagnose', { content, output });
      useEditor.getState().setMarkers(path, found);
      return output;
    } finally {
      setBusy(false);
    }
  }

  async function finishEdit(f: OpenFile, save: boolean): Promise<void> {
    if (f.editSession === undefined) return;
    const text = currentText(f.path);
    try {
      if (save) await client.request('editor.saved', { session: f.editSession, content: text });
      else await client.request('editor.closed', { session: f.editSession });
    } finally {
      editor?.close(f.path);
      useEditor.getState().remove(f.path);
    }
  }

  async function createFile(name: string): Promise<void> {
    const clean = name.trim().replace(/^~\//, '');
    if (!clean) return;
    const path = clean.startsWith('/') ? clean : `/root/${clean}`;
    const exists = useEditor.getState().files.some((f) => f.path === path);
    if (!exists) await client.request('fs.write', { path, content: '' });
    useEditor.getState().upsert({ path, name: fileName(path), saved: exists ? undefined : '' });
    useEditor.getState().openFile(path);
    editor?.focus();
  }

  useEffect(() => installEditorHandle({ editor, apply, save: saveFile, create: createFile, finishEdit }));

  const problems = active ? (markers[active]?.length ?? 0) : 0;

  return (
    <section className={`pane editor-pane${expanded ? '' : ' folded'}`} aria-label={t('editor.label')} data-testid="editor-pane">
      {/* Appearing tabs and buttons only ever go after the toggle and "New file", so those never move. */}
      <div className="editor-toolbar">
        <EditorFoldToggle expanded={expanded} label={t('editor.label')} fold={t('editor.fold')} unfold={t('editor.unfold')} />
        {naming ? (
          <input
            className="new-file-name"
            autoFocus
            data-testid="new-file-name"
            placeholder="app.yaml"
            aria-label={t('editor.newFilePrompt')}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                setNaming(false);
                void createFile(e.currentTarget.value);
              } else if (e.key === 'Escape') setNaming(false);
            }}
            onBlur={() => setNaming(false)}
          />
        ) : (
          <button type="button" className="new-file" data-testid="new-file" onClick={() => setNaming(true)} title={t('editor.newFile')}>
            + {t('editor.newFile')}
          </button>
        )}
        <div className="editor-tabs" role="tablist" aria-label={t('editor.files')}>
          {files.map((f) => (
            <button
              key={f.path}
              type="button"
              role="tab"
              aria-selected={f.path === active}
              className={`editor-tab${f.path === active ? ' active' : ''}${f.editSession !== undefined ? ' edit-session' : ''}`}
              data-testid={`editor-tab-${f.name}`}
              title={f.path}
              onClick={() => useEditor.getState().openFile(f.path)}
            >
              {f.name}
              {f.draft !== undefined && <span className="dirty" aria-label={t('editor.unsaved')}>●</span>}
            </button>
          ))}
        </div>
        {problems > 0 && (
          <span className="editor-problems" data-testid="editor-problems" role="status">
            {t('editor.errors', { count: problems })}
          </span>
        )}
        {expanded && activeFile && activeFile.editSession === undefined && (
          <>
            <button type="button" data-testid="editor-save" disabled={activeFile.draft === undefined} onClick={() => void saveFile(activeFile.path)}>
              {t('editor.save')}
            </button>
            <button type="button" className="primary" data-testid="editor-apply" disabled={busy} title={t('editor.applyTitle')} onClick={() => void apply(activeFile.path)}>
              {t('editor.apply')}
            </button>
          </>
        )}
      </div>
      {expanded && activeFile?.editSession !== undefined && (
        <div className="banner info edit-banner" role="status" data-testid="edit-banner">
          <span>{t('editor.editWaiting')}</span>
          <button type="button" className="primary" data-testid="edit-save" onClick={() => void finishEdit(activeFile, true)}>
            {t('editor.saveClose')}
          </button>
          <button type="button" data-testid="edit-cancel" onClick={() => void finishEdit(activeFile, false)}>
            {t('editor.cancelEdit')}
          </button>
        </div>
      )}
      <div className="editor-body" id="editor-body" hidden={!expanded}>
        <div className="monaco-host" ref={host} data-testid="monaco-host" hidden={!activeFile} />
        {!editor && !loadError && activeFile && <p className="editor-note muted">{t('editor.loading')}</p>}
        {loadError && <p className="editor-note" role="alert">{t('editor.failed', { message: loadError })}</p>}
        {!activeFile && <p className="editor-note muted">{t('editor.noFiles')}</p>}
      </div>
    </section>
  );
}
