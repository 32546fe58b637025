export type { Goal, GoalResult, CommandRecord, ObjectRef } from './goals.js';
export { evaluateGoal, evaluateGoals, type CheckContext } from './evaluate.js';
