// The lesson pane as the page first has it: LessonPane (with DOMPurify and the
// pack loaders) is a chunk of its own, fetched right after the terminal's first
// answer, or at once when the student reaches for the pane (pointer, keyboard),
// when a reload restored a lesson in progress, or when `?pack=` names a pack.
// Until then the pane's box holds a quiet note where the pack menu goes.
import { useCallback } from 'react';
import { useT, withI18next } from '../../i18n/index.js';
import { LazyPane } from '../../components/LazyPane.js';
import { paneChunk } from '../../components/paneChunk.js';
import { useEngine } from '../../engine-client/context.js';
import { whenRestored } from '../persistence/persistence.js';
import { whenFirstAnswer } from '../terminal/firstAnswer.js';
// The pane's styles stay in the page's first stylesheet, so the placeholder has the same box.
import './lessons.css';

const chunk = paneChunk(() => withI18next(import('./LessonPane.js')));
const never = () => new Promise<never>(() => {});

function LessonPlaceholder({ want }: { want: () => void }) {
  const { t } = useT();
  // The pointer reaching the pane wants the course too, as it does on the loaded pane.
  const wantCourse = () => {
    want();
    void chunk.load().then((m) => m.wantCourse(), () => {});
  };
  return (
    <div className="lesson-pane-inner" aria-busy="true" data-lazy-placeholder="" data-testid="lessons-loading" onPointerEnter={wantCourse}>
      <p className="pane-loading muted" role="status">
        {t('pane.loadingLessons')}
      </p>
    </div>
  );
}

export function LazyLessonPane() {
  const engine = useEngine();
  const after = useCallback(() => {
    if (new URLSearchParams(location.search).get('pack')) return Promise.resolve();
    // A lesson in progress before the reload: its pane is wanted at once.
    const restoredLesson = whenRestored()
      .then(() => engine.request('lesson.state', {}))
      .then(
        (progress) => (progress ? undefined : never()),
        () => never(),
      );
    return Promise.race([whenFirstAnswer(), restoredLesson]);
  }, [engine]);
  return (
    <LazyPane chunk={chunk} after={after} placeholder={(want) => <LessonPlaceholder want={want} />}>
      {({ LessonPane }) => <LessonPane />}
    </LazyPane>
  );
}
