// Lesson goals: a small declarative language (a discriminated union on `kind`)
// that the engine evaluates over cluster state, the audit stream and the
// terminal's command log. No code from a lesson pack is ever executed.

/** Which objects a goal is about: a resource type as kubectl names it, plus a name or a selector. */
export interface ObjectRef {
  /** `pods`, `deployment`, `deploy`, `svc`, `deployments.apps` … resolved like kubectl. */
  resource: string;
  namespace?: string;
  name?: string;
  labelSelector?: string;
}

/** Optional words for the check list; without them the UI describes the goal itself. */
export interface GoalLabel {
  label?: { en: string; 'zh-CN': string };
}

export type Goal = GoalLabel & (
  /** At least `count` (default 1) objects exist. */
  | ({ kind: 'objectExists'; count?: number } & ObjectRef)
  /** No object matches. */
  | ({ kind: 'objectAbsent' } & ObjectRef)
  /** A JSONPath of the (first) matching object equals a value, as kubectl -o jsonpath prints it. */
  | ({ kind: 'fieldEquals'; path: string; value: string | number | boolean } & ObjectRef)
  /** A JSONPath of the (first) matching object matches a regular expression. */
  | ({ kind: 'fieldMatches'; path: string; pattern: string } & ObjectRef)
  /** At least `count` Pods matching the selector are Ready (not being deleted). */
  | { kind: 'podsReady'; namespace?: string; labelSelector?: string; count: number }
  /** A Deployment's rollout is complete: observed, updated, available, no old replicas. */
  | { kind: 'rolloutComplete'; namespace?: string; name: string }
  /** The student (through kubectl) made an API request of this verb on this resource. */
  | {
      kind: 'apiRequest';
      /** One verb, or several that all count (a kubelet may `update` or `patch` a status). */
      verb: Verb | Verb[];
      resource: string;
      subresource?: string;
      namespace?: string;
      name?: string;
      /** default `kubectl` */
      user?: string;
      /** A regular expression over the user instead of `user`, e.g. `^system:node:`. */
      userMatches?: string;
      /** only successful requests count unless false */
      successful?: boolean;
    }
  /** The student ran a command line matching `pattern` (a regular expression). */
  | { kind: 'commandRan'; pattern: string }
  /** A command (optionally matching `command`) printed output matching `output`. */
  | { kind: 'commandOutput'; command?: string; output: string }
);

export type Verb = 'create' | 'get' | 'list' | 'watch' | 'update' | 'patch' | 'delete' | 'deletecollection';

export interface CommandRecord {
  line: string;
  output: string;
  exitCode: number;
  /** Virtual time when it finished. */
  time: number;
}

export interface GoalResult {
  met: boolean;
  /** Why not, in plain words for hints and `pack test` reports (English). */
  detail?: string;
}
