// The scheme's defaulting functions, one per kind (SetDefaults_* in pkg/apis/<group>/v1).
export * from './pod.js';
export * from './core.js';
export * from './apps.js';
export * from './batch.js';
export * from './other.js';
