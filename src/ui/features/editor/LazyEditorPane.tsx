// The editor pane as the page first has it: EditorPane (its glue: tabs, Save,
// Apply, `kubectl edit`, the monaco loader) is a chunk of its own, fetched right
// after the terminal's first answer, or at once when the student reaches for the
// strip (pointer, keyboard), when a restored lab has files open, or when
// `kubectl edit` opens one. Until then the strip is the same: the fold toggle
// works, "New file" is remembered for the pane, the unfolded body says it loads.
import { useEffect, useState } from 'react';
import { LazyPane } from '../../components/LazyPane.js';
import { paneChunk } from '../../components/paneChunk.js';
import { useEngine } from '../../engine-client/context.js';
import { useT, withI18next } from '../../i18n/index.js';
import { whenFirstAnswer } from '../terminal/firstAnswer.js';
import { fileName, useEditor } from './editorStore.js';
import { EditorFoldToggle } from './EditorFoldToggle.js';
// The pane's styles stay in the page's first stylesheet, so the placeholder has the same box.
import './editor.css';

const chunk = paneChunk(() => withI18next(import('./EditorPane.js')));

function EditorPlaceholder({ want, onNewFile }: { want: () => void; onNewFile: () => void }) {
  const { t } = useT();
  const expanded = useEditor((s) => s.expanded);
  return (
    <section
      className={`pane editor-pane${expanded ? '' : ' folded'}`}
      aria-label={t('editor.label')}
      aria-busy="true"
      data-lazy-placeholder=""
      data-testid="editor-pane"
      onPointerEnter={want}
      onFocus={want}
    >
      <div className="editor-toolbar">
        <EditorFoldToggle expanded={expanded} label={t('editor.label')} fold={t('editor.fold')} unfold={t('editor.unfold')} />
        <button type="button" className="new-file" data-testid="new-file" onClick={onNewFile} title={t('editor.newFile')}>
          + {t('editor.newFile')}
        </button>
        <div className="editor-tabs" />
      </div>
      <div className="editor-body" id="editor-body" hidden={!expanded}>
        <p className="editor-note muted" role="status">
          {t('editor.loading')}
        </p>
      </div>
    </section>
  );
}

export function LazyEditorPane() {
  const client = useEngine();
  const [naming, setNaming] = useState(false);
  const hasFiles = useEditor((s) => s.files.length > 0);

  // `kubectl edit` waits for its file in the editor, whenever it runs: taken here, so none is missed while the pane loads.
  useEffect(
    () =>
      client.subscribe((pushes) => {
        for (const p of pushes) {
          if (p.kind !== 'editor.open') continue;
          useEditor.getState().upsert({ path: p.path, name: fileName(p.path), saved: p.content, draft: undefined, editSession: p.session });
          useEditor.getState().openFile(p.path);
        }
      }),
    [client],
  );

  // Files to show (a restored lab, `kubectl edit`, a lesson's file): the pane at once.
  useEffect(() => {
    if (hasFiles) void chunk.load().catch(() => {});
  }, [hasFiles]);

  return (
    <LazyPane
      chunk={chunk}
      after={whenFirstAnswer}
      placeholder={(want) => (
        <EditorPlaceholder
          want={want}
          onNewFile={() => {
            setNaming(true);
            want();
          }}
        />
      )}
    >
      {({ EditorPane }) => <EditorPane startNaming={naming} />}
    </LazyPane>
  );
}
