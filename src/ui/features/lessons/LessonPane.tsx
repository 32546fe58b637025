// The lesson pane: where the pack comes from, which lesson, the step being
// read with its check marks (from the engine's lesson.progress pushes), next
// and previous, reset, progress export. A broken pack shows its problems; the
// welcome panel stays as the free sandbox.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatProblem } from '../../../lessons/problems.js';
import type { Locale } from '../../../lessons/types.js';
import { useEngine } from '../../engine-client/context.js';
import { whenTerminal } from '../terminal/activeTerminal.js';
import { useEditor } from '../editor/editorStore.js';
import { whenRestored } from '../persistence/persistence.js';
import type { EngineClient } from '../../engine-client/client.js';
import { useLessons } from './lessonStore.js';
import { dropEntries, walkEntries, type DropEntry } from './dropEntries.js';
import { fromFileList, fromPathFiles, fromUrl } from './packSources.js';
import { usePackSource, wantCourse } from './firstPack.js';
import { downloadProgress } from './progressDb.js';
import { SafeMarkdown } from './SafeMarkdown.js';
import { StepView } from './StepView.js';
import { stepLabel, strings } from './strings.js';
import { WelcomePanel } from './WelcomePanel.js';
// lessons.css is imported by LazyLessonPane, so the placeholder has the pane's box.

/** The placeholder's pointer wants the course as the pane's own does. */
export { wantCourse };

/** Type lines into the terminal one after another, each when the prompt is back. */
async function typeLines(lines: string[]): Promise<void> {
  const term = await whenTerminal();
  term.focus();
  for (const l of lines) {
    await term.whenIdle();
    term.type(`${l}\r`);
  }
}

/** Show a workstation file in the editor, writing it first when it does not exist yet. */
async function openInEditor(engine: EngineClient, name: string, content?: string): Promise<void> {
  const path = `/root/${name}`;
  const { files } = await engine.request('fs.list', {});
  if (!files.some((f) => f.path === path)) {
    if (content === undefined) return;
    await engine.request('fs.write', { path, content });
  }
  useEditor.getState().upsert({ path, name });
  useEditor.getState().openFile(path);
}

/** A YAML block's file name: the workstation file with the same text, else `<name>.yaml` from its metadata. */
function snippetName(code: string, files: { path: string; content: string }[]): string {
  const same = files.find((f) => f.content.trim() === code.trim());
  if (same) return same.path;
  const name = /^\s{2}name:\s*["']?([a-z0-9.-]+)/m.exec(code)?.[1];
  return `${name ?? 'snippet'}.yaml`;
}

export function LessonPane() {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const s = strings(locale);
  const engine = useEngine();
  const st = useLessons();
  const folderInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState('');
  const [dragging, setDragging] = useState(false);
  usePackSource(engine);

  // A reload restores the lab by replay; the lesson it was running comes back with it.
  const packId = st.pack?.id;
  useEffect(() => {
    if (packId) void whenRestored().then(() => useLessons.getState().adopt(engine));
  }, [engine, packId]);

  useEffect(
    () =>
      engine.subscribe((pushes) => {
        for (const p of pushes) if (p.kind === 'lesson.progress') useLessons.getState().onProgress(p.progress);
      }),
    [engine],
  );

  const pick = async (list: FileList | File[] | null, source: string) => {
    if (!list?.length) return;
    try {
      await st.setFiles(await fromFileList(list), source);
    } catch (e) {
      st.setLoadError(source, (e as Error).message);
    }
  };

  /** A drop: a folder is walked entry by entry (the same loader as the folder picker); files (.zip, .yaml) as picked. */
  const drop = async (entries: DropEntry[] | undefined, files: File[]) => {
    const folder = entries?.find((x) => x.isDirectory);
    if (!folder) return pick(files, files[0]?.name ?? 'file');
    try {
      await st.setFiles(await fromPathFiles(await walkEntries(entries!)), folder.name);
    } catch (e) {
      st.setLoadError(folder.name, (e as Error).message);
    }
  };

  const lesson = st.lesson !== undefined ? st.pack?.lessons[st.lesson] : undefined;
  const steps = lesson?.steps ?? [];
  const step = steps[st.view];
  const progress = st.progress;
  const complete = progress && progress.current >= steps.length;
  const packLoading = !st.pack && !st.loadError && st.problems.length === 0;

  return (
    <div
      className={`lesson-pane-inner${dragging ? ' drop-target' : ''}`}
      data-testid="lessons"
      data-drop-label={s.dropHere}
      onPointerEnter={wantCourse}
      onFocus={wantCourse}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        // A pack folder, a .zip or a single-file .yaml pack. The entries must be taken now: the browser empties the DataTransfer after the event.
        setDragging(false);
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        void drop(dropEntries(e.dataTransfer), [...e.dataTransfer.files]);
      }}
    >
      <div className="lesson-source">
        <label>
          {s.packMenu}{' '}
          <select
            value=""
            onChange={(e) => {
              const v = e.target.value;
              if (v === 'builtin') void st.setBuiltin();
              if (v === 'folder') folderInput.current?.click();
              if (v === 'file') fileInput.current?.click();
            }}
            data-testid="pack-source"
          >
            <option value="">{st.pack ? st.pack.title[locale] : st.source || '…'}</option>
            <option value="builtin">{s.builtin}</option>
            <option value="folder">{s.openFolder}</option>
            <option value="file">{s.openZip}</option>
          </select>
        </label>
        <input ref={folderInput} type="file" hidden multiple {...{ webkitdirectory: '' }} onChange={(e) => void pick(e.target.files, 'folder')} data-testid="pack-folder-input" />
        <input ref={fileInput} type="file" hidden accept=".yaml,.yml,.zip" onChange={(e) => void pick(e.target.files, e.target.files?.[0]?.name ?? 'file')} data-testid="pack-file-input" />
        <form
          className="pack-url"
          onSubmit={(e) => {
            e.preventDefault();
            if (!url) return;
            fromUrl(url)
              .then((files) => st.setFiles(files, url))
              .catch((err: Error) => st.setLoadError(url, err.message));
          }}
        >
          <input type="url" value={url} placeholder={s.urlPlaceholder} onChange={(e) => setUrl(e.target.value)} />
          <button type="submit">{s.openUrl}</button>
        </form>
      </div>

      {st.loadError && (
        <div className="pack-problems" role="alert" data-testid="pack-problems">
          {s.loadFailed} {st.loadError}
        </div>
      )}
      {st.problems.length > 0 && (
        <div className="pack-problems" role="alert" data-testid="pack-problems">
          <p>{s.problems}</p>
          <ul>
            {st.problems.slice(0, 50).map((p, k) => (
              <li key={k}>
                <code>{formatProblem(p, locale)}</code>
              </li>
            ))}
          </ul>
        </div>
      )}

      {/* Always there (disabled, saying so, until the pack is in), so the text below never moves when it loads. */}
      <label className="lesson-picker">
        <select
          value={st.lesson ?? ''}
          disabled={!st.pack}
          aria-busy={packLoading}
          onChange={(e) => (e.target.value === '' ? void st.leave(engine) : void st.start(engine, Number(e.target.value)))}
          data-testid="lesson-picker"
          data-loading={packLoading ? 'true' : 'false'}
        >
          <option value="">{packLoading ? s.loadingCourse : s.sandbox}</option>
          {st.pack?.lessons.map((l, i) => (
            <option key={l.id} value={i}>
              {i}. {l.title[locale]}
            </option>
          ))}
        </select>
      </label>

      {!lesson && <WelcomePanel />}

      {lesson && (
        <article className="lesson" data-testid="lesson">
          <h2 data-testid="lesson-title">{lesson.title[locale]}</h2>
          {lesson.summary && <p className="muted">{lesson.summary[locale]}</p>}
          {st.starting && <p className="muted">{s.loading}</p>}
          {st.setupFailures.length > 0 && (
            <div className="pack-problems" role="alert">
              {s.setupFailed}
              <ul>
                {st.setupFailures.map((f, k) => (
                  <li key={k}>
                    <code>{f.what}</code>: {f.output.trim()}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <nav className="step-nav">
            <button type="button" disabled={st.view === 0} onClick={() => st.setView(st.view - 1)} aria-label={s.previous} title={s.previous} data-testid="step-prev">
              ← <span className="step-nav-word">{s.previous}</span>
            </button>
            <span data-testid="step-label">{stepLabel(locale, st.view + 1, steps.length)}</span>
            <button type="button" disabled={st.view >= steps.length - 1} onClick={() => st.setView(st.view + 1)} aria-label={s.next} title={s.next} data-testid="step-next">
              <span className="step-nav-word">{s.next}</span> →
            </button>
          </nav>
          <ol className="step-dots">
            {steps.map((x, i) => (
              <li key={x.id}>
                <button
                  type="button"
                  className={`${i === st.view ? 'viewing' : ''} ${progress?.steps[i]?.done ? 'done' : ''}`}
                  onClick={() => st.setView(i)}
                  title={st.record?.completed.includes(x.id) ? s.completedBefore : undefined}
                  data-testid="step-dot"
                  data-done={progress?.steps[i]?.done ? 'true' : 'false'}
                >
                  {progress?.steps[i]?.done ? '✓' : i + 1}
                </button>
              </li>
            ))}
          </ol>
          {complete && <p className="lesson-done" data-testid="lesson-done">{s.lessonDone}</p>}
          {step && (
            <StepView
              key={`${lesson.id}/${step.id}`}
              step={step}
              index={st.view}
              locale={locale}
              s={s}
              progress={progress?.steps[st.view]?.done || progress?.current === st.view ? progress.steps[st.view] : undefined}
              current={progress?.current === st.view}
              hintsShown={st.record?.hints[step.id] ?? 0}
              answer={st.record?.answers[step.id]}
              onHint={() => st.revealHint(step.id)}
              onAnswer={(c) => st.answer(step.id, c)}
              onType={(lines) => void typeLines(lines)}
              onOpen={(code) => void openInEditor(engine, snippetName(code, lesson.setup.files), code)}
              onLink={(href) => {
                const name = href.split('/').pop()!.split(/[?#]/)[0]!;
                if (lesson.setup.files.some((f) => f.path === name)) void openInEditor(engine, name);
              }}
              onCheckHere={() => void st.goTo(engine, st.view)}
              onReplay={async () => {
                // The earlier solutions complete the earlier steps as they run; jump only if one did not.
                const target = st.view;
                const from = progress?.current ?? 0;
                await typeLines(steps.slice(from, target).flatMap((x) => x.solution.flatMap((c) => c.replace(/\n$/, '').split('\n'))));
                const now = useLessons.getState().progress?.current ?? 0;
                if (now < target) await st.goTo(engine, target);
              }}
            />
          )}
          <div className="lesson-actions">
            <button type="button" onClick={() => void st.start(engine, st.lesson!)} data-testid="lesson-reset">
              {s.reset}
            </button>
            <button type="button" onClick={() => void downloadProgress()} data-testid="progress-export">
              {s.export}
            </button>
          </div>
          {st.pack && <p className="muted pack-credit"><SafeMarkdown text={`${st.pack.title[locale]} ${st.pack.version}${st.pack.license ? ` · ${st.pack.license}` : ''}`} inline /></p>}
        </article>
      )}
    </div>
  );
}
