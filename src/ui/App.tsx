// Layout only: top bar; lesson pane (left, collapsible), terminal (centre),
// live cluster (right); the time bar at the bottom; banners for failures.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { TopBar } from './components/TopBar.js';
import { EngineBanner } from './components/EngineBanner.js';
import { PaneBoundary } from './components/PaneBoundary.js';
import { LessonPane } from './features/lessons/LessonPane.js';
import { TerminalPane } from './features/terminal/TerminalPane.js';
import { ClusterDiagram } from './features/diagram/ClusterDiagram.js';
import { TimeBar } from './features/timebar/TimeBar.js';
import { usePrefs } from './state/prefsStore.js';

export function App() {
  const { t } = useTranslation();
  const theme = usePrefs((s) => s.theme);
  const lessonsOpen = usePrefs((s) => s.lessonsOpen);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <div className={`app ${lessonsOpen ? 'lessons-open' : 'lessons-closed'}`} data-testid="app">
      <TopBar />
      <EngineBanner />
      <main className="panes">
        <aside id="lesson-pane" className="pane lesson-pane" aria-label={t('lesson.heading')} hidden={!lessonsOpen} data-testid="lesson-pane">
          <PaneBoundary name="lessons">
            <LessonPane />
          </PaneBoundary>
        </aside>
        <PaneBoundary name="terminal">
          <TerminalPane />
        </PaneBoundary>
        <PaneBoundary name="diagram">
          <ClusterDiagram />
        </PaneBoundary>
      </main>
      <TimeBar />
    </div>
  );
}
