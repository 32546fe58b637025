// The editor strip's fold toggle, the same button in the placeholder (LazyEditorPane)
// and in the loaded pane (EditorPane), so it never moves or changes when the chunk arrives.
import { useEditor } from './editorStore.js';

export function EditorFoldToggle({ expanded, label, fold, unfold }: { expanded: boolean; label: string; fold: string; unfold: string }) {
  return (
    <button
      type="button"
      className="editor-toggle"
      data-testid="editor-toggle"
      aria-expanded={expanded}
      aria-controls="editor-body"
      title={expanded ? fold : unfold}
      onClick={() => useEditor.getState().setExpanded(!expanded)}
    >
      <span aria-hidden="true">{expanded ? '▾' : '▸'}</span> {label}
    </button>
  );
}
