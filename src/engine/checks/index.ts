export type { Goal, GoalResult, CommandRecord, ObjectRef } from './goals.js';
export { evaluateGoal, evaluateGoals, type CheckContext } from './evaluate.js';
export type { Verb } from './goals.js';
export {
  LessonProgress,
  applySetup,
  createLessonCluster,
  runLine,
  type LessonSpec,
  type LessonSetupSpec,
  type LessonStepSpec,
  type LessonProgressState,
  type StepProgress,
  type SetupFailure,
} from './lesson.js';
