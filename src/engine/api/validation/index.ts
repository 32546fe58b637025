// ValidateX for every served kind (pkg/apis/<group>/validation), plus the shared helpers.
export * from './util.js';
export * from './meta.js';
export * from './pod.js';
export * from './podspec.js';
export * from './apps.js';
export * from './batch.js';
export * from './service.js';
export * from './core.js';
export * from './other.js';
export { parseCronSchedule, type CronSchedule } from './cron.js';
