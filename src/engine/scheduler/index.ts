// The scheduler's public face: startScheduler for the composition root, explain()
// records for the UI, and the pieces tests reach for.
export { Scheduler, schedulerFor, startScheduler, truncateMessage, type SchedulerOptions } from './scheduler.js';
export type { ExplainRecord } from './explain.js';
export { fitErrorMessage } from './framework/fitError.js';
export { numFeasibleNodesToFind } from './scheduleOne.js';
