// Mirrors k8s.io/apiserver/pkg/registry/rest (RESTCreateStrategy,
// RESTUpdateStrategy) and the scheme's defaulting funcs: each resource's
// registry file says how its objects are defaulted, prepared and validated.
import type { FieldError } from '../../api/errors.js';

/** What a strategy may ask of the server while preparing an object. */
export interface StrategyContext {
  /** Seeded random in [0, 1): the only randomness a strategy may use. */
  random(): number;
  /** Current virtual time as RFC 3339 (`2024-01-01T00:00:00Z`). */
  now(): string;
  /** Objects of another resource currently stored, e.g. to find used ClusterIPs. */
  list(group: string, resource: string, namespace?: string): readonly unknown[];
}

/**
 * One resource's rules. Every hook receives a private mutable clone.
 * Order on create: default → prepareForCreate → beforeCreate → validate.
 * Order on update: default → prepareForUpdate → validate + validateUpdate.
 */
export interface Strategy<T = any> {
  /** SetDefaults_* for the kind, including nested templates. */
  default?(obj: T): void;
  /** e.g. clear status, set generation to 1. */
  prepareForCreate?(obj: T): void;
  /** e.g. keep old status on a main-resource update; bump generation when spec changed. */
  prepareForUpdate?(obj: T, old: T): void;
  /** Allocation the registry does on create (a Service's ClusterIP, a NodePort). */
  beforeCreate?(obj: T, ctx: StrategyContext): FieldError[] | void;
  /** Field errors for a new object (ValidateX in pkg/apis/<group>/validation). */
  /**
   * Allocation on update (a Service turned NodePort needs NodePorts), run after
   * prepareForUpdate. Optional: servers that do not call it only miss that case.
   */
  beforeUpdate?(obj: T, old: T, ctx: StrategyContext): FieldError[] | void;
  validate(obj: T): FieldError[];
  validateUpdate?(obj: T, old: T): FieldError[];
  /** The status subresource: copy the new status onto the old object, etc. (`request` is the body as sent). */
  prepareForStatusUpdate?(obj: T, old: T, request?: T): void;
  validateStatusUpdate?(obj: T, old: T): FieldError[];
  /** GetAttrs: the fields a field selector may use, besides metadata.name/namespace. */
  fieldSet?(obj: T): Record<string, string>;
  /**
   * The registry's TriggerFunc (pod.NodeNameTriggerFunc): a field of fieldSet the watch
   * cache indexes watchers by, so an event reaches only watchers selecting its value.
   */
  watchTrigger?: { field: string; of(obj: T): string };
}
