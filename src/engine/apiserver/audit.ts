// Mirrors k8s.io/apiserver/pkg/audit: every request the API server answers
// becomes one record. The browser draws these as messages between components;
// lessons check them ("the student did a rolling update, not delete+create").

export type Verb = 'create' | 'get' | 'list' | 'watch' | 'update' | 'patch' | 'delete' | 'deletecollection';

export interface AuditRecord {
  /** Monotonic request number. */
  seq: number;
  /** Virtual time of the request, ms since epoch. */
  time: number;
  /** Who asked: `kubectl`, `system:kube-scheduler`, `system:node:node01`, `replicaset-controller` … */
  user: string;
  verb: Verb;
  group: string;
  resource: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  /** HTTP status code of the answer. */
  code: number;
  /** Store revision after the request (unchanged for reads). */
  revision: number;
  dryRun?: boolean;
}

export type AuditSink = (record: AuditRecord) => void;
