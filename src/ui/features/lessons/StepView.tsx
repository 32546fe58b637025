// One step: its text, its check list, hints one at a time, the question, the
// reference solution (typed into the terminal on request).
import { useState } from 'react';
import type { LessonProgressState } from '../../../engine/protocol/index.js';
import type { Locale, Step } from '../../../lessons/types.js';
import { goalText } from './goalText.js';
import { SafeMarkdown } from './SafeMarkdown.js';
import type { Strings } from './strings.js';

type StepProgress = LessonProgressState['steps'][number];

export interface StepViewProps {
  step: Step;
  index: number;
  locale: Locale;
  s: Strings;
  /** Progress of this step, if it is current or done. */
  progress?: StepProgress;
  current: boolean;
  hintsShown: number;
  answer?: number;
  onHint(): void;
  onAnswer(choice: number): void;
  onType(lines: string[]): void;
  onOpen(code: string): void;
  onLink(href: string): void;
  onCheckHere(): void;
  onReplay(): void;
}

export function StepView(p: StepViewProps) {
  const { step, locale, s } = p;
  const [showSolution, setShowSolution] = useState(false);
  const [picked, setPicked] = useState<number | undefined>(p.answer);
  const [checked, setChecked] = useState(p.answer !== undefined);
  const runBlock = (code: string) => p.onType(code.replace(/\n$/, '').split('\n'));
  const hints = step.hints.slice(0, p.hintsShown);
  const q = step.question;
  return (
    <section className="lesson-step" data-testid="lesson-step">
      <SafeMarkdown text={step.text[locale]} runLabel={s.run} openLabel={s.openInEditor} onRun={runBlock} onOpen={p.onOpen} onLink={p.onLink} />

      <h4>{s.goals}</h4>
      <ul className="goal-list" data-testid="goal-list">
        {step.goals.map((g, k) => {
          const met = p.progress?.done || p.progress?.goals[k]?.met;
          const detail = p.progress && !met ? p.progress.goals[k]?.detail : undefined;
          return (
            <li key={k} className={met ? 'goal met' : 'goal'} data-testid="goal" data-met={met ? 'true' : 'false'} title={detail}>
              <span className="goal-mark" aria-hidden>{met ? '✓' : '○'}</span> {goalText(g, locale)}
            </li>
          );
        })}
      </ul>
      {p.progress?.done && <p className="step-done">{s.stepDone}</p>}
      {!p.current && !p.progress?.done && (
        <p className="muted">
          {s.notCurrent}{' '}
          <button type="button" onClick={p.onCheckHere} data-testid="check-here">
            {s.checkHere}
          </button>{' '}
          {p.index > 0 && (
            <button type="button" onClick={p.onReplay} data-testid="replay">
              {s.replay}
            </button>
          )}
        </p>
      )}

      {hints.length > 0 && (
        <ol className="hints" data-testid="hints">
          {hints.map((h, k) => (
            <li key={k}>
              <SafeMarkdown text={h[locale]} inline />
            </li>
          ))}
        </ol>
      )}
      <div className="step-actions">
        {step.hints.length > 0 &&
          (p.hintsShown < step.hints.length ? (
            <button type="button" onClick={p.onHint} data-testid="hint">
              {p.hintsShown ? s.moreHint : s.hint} ({p.hintsShown}/{step.hints.length})
            </button>
          ) : (
            <span className="muted">{s.noMoreHints}</span>
          ))}
        <button type="button" onClick={() => setShowSolution(!showSolution)} data-testid="solution">
          {showSolution ? s.hideSolution : s.solution}
        </button>
      </div>
      {showSolution && (
        <div className="solution" data-testid="solution-box">
          <pre>{step.solution.join('\n')}</pre>
          <button type="button" onClick={() => p.onType(step.solution.flatMap((c) => c.replace(/\n$/, '').split('\n')))} data-testid="type-solution">
            {s.typeSolution}
          </button>
        </div>
      )}

      {q && (
        <fieldset className="question" data-testid="question">
          <legend>{s.question}</legend>
          <SafeMarkdown text={q.prompt[locale]} />
          {q.choices.map((c, k) => (
            <label key={k} className="choice">
              <input type="radio" name={`q-${step.id}`} checked={picked === k} onChange={() => { setPicked(k); setChecked(false); }} /> <SafeMarkdown text={c[locale]} inline />
            </label>
          ))}
          <button type="button" disabled={picked === undefined} onClick={() => { setChecked(true); if (picked !== undefined) p.onAnswer(picked); }}>
            {s.check}
          </button>
          {checked && picked !== undefined && (
            <p className={picked === q.answer ? 'answer right' : 'answer wrong'}>
              {picked === q.answer ? s.right : s.wrong} {q.explanation && <SafeMarkdown text={q.explanation[locale]} inline />}
            </p>
          )}
        </fieldset>
      )}
    </section>
  );
}
