// Layout only: top bar; lesson pane (left, collapsible), editor over terminal
// (centre), live cluster and inspector (right); the time bar at the bottom; notices float over the panes.
// The lesson pane, the editor's glue, the diagram and the inspector arrive as chunks of their own after the terminal's first answer (Lazy*).
import { useEffect, useRef } from 'react';
import { useT } from './i18n/index.js';
import { TopBar } from './components/TopBar.js';
import { EngineBanner } from './components/EngineBanner.js';
import { PaneBoundary } from './components/PaneBoundary.js';
import { LazyLessonPane } from './features/lessons/LazyLessonPane.js';
import { TerminalPane } from './features/terminal/TerminalPane.js';
import { LazyEditorPane } from './features/editor/LazyEditorPane.js';
import { LazyInspectorPane } from './features/inspector/LazyInspectorPane.js';
import { SplitPane } from './components/SplitPane.js';
import { installPaneCycle } from './components/paneCycle.js';
import { RestoreNotice } from './features/persistence/RestoreNotice.js';
import { LazyClusterDiagram } from './features/diagram/LazyClusterDiagram.js';
import { TimeBar } from './features/timebar/TimeBar.js';
import { usePrefs } from './state/prefsStore.js';
import { useEditor } from './features/editor/editorStore.js';
import { useSelection } from './features/inspector/selectionStore.js';

export function App() {
  const { t } = useT();
  const theme = usePrefs((s) => s.theme);
  const lessonsOpen = usePrefs((s) => s.lessonsOpen);
  const editorShown = useEditor((s) => s.expanded);
  // The inspector open under the diagram needs the column's width more than the terminal its 90 columns.
  const inspecting = useSelection((s) => s.selected !== undefined);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  // F6 / Shift+F6: from pane to pane (the terminal keeps Tab for completion).
  useEffect(() => (root.current ? installPaneCycle(root.current) : undefined), []);

  return (
    <div ref={root} className={`app ${lessonsOpen ? 'lessons-open' : 'lessons-closed'}`} data-testid="app">
      <TopBar />
      {/* Notices float over the panes (no layout shift when one appears or goes). */}
      <div className="notices" data-testid="notices">
        <EngineBanner />
        <RestoreNotice />
      </div>
      <main className="panes has-work-split">
        <aside id="lesson-pane" className="pane lesson-pane" aria-label={t('lesson.heading')} hidden={!lessonsOpen} data-testid="lesson-pane">
          <PaneBoundary name="lessons">
            <LazyLessonPane />
          </PaneBoundary>
        </aside>
        <SplitPane
          direction="columns"
          storageKey="kubelab.split.work.v2"
          initial={0.6}
          min={0.35}
          max={0.8}
          // About 90 terminal columns (kubectl get pods -A) at 1280×720 with the lessons open, until the student moves the divider.
          preferFirstPx={inspecting ? undefined : 780}
          minSecondPx={240}
          label={t('editor.resizeColumns')}
          className="work"
          testid="work-split"
          first={
            <SplitPane
              direction="rows"
              storageKey="kubelab.split.centre"
              initial={0.42}
              collapsed={!editorShown}
              label={t('editor.resize')}
              className="centre"
              testid="centre-split"
              first={
                <PaneBoundary name="editor">
                  <LazyEditorPane />
                </PaneBoundary>
              }
              second={
                <PaneBoundary name="terminal">
                  <TerminalPane />
                </PaneBoundary>
              }
            />
          }
          second={
            <div className="right-column">
              <PaneBoundary name="diagram">
                <LazyClusterDiagram />
              </PaneBoundary>
              <PaneBoundary name="inspector">
                <LazyInspectorPane />
              </PaneBoundary>
            </div>
          }
        />
      </main>
      <TimeBar />
    </div>
  );
}
