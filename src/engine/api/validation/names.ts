// Mirrors the name rules of k8s.io/apimachinery: pkg/util/validation (the Is* checks)
// and pkg/api/validation (ValidateNameFunc, ValidateObjectMeta). This file is the
// entry point; the checks live in identifiers.ts and the metadata rules in objectmeta.ts.
export * from './identifiers.js';
export * from './objectmeta.js';
