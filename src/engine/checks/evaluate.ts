// Evaluates lesson goals against the cluster as a reader would see it through
// the API (as user `lesson-checker`), the audit stream and the command log.
import type { AuditRecord } from '../apiserver/audit.js';
import type { Client } from '../client/client.js';
import { resolveType } from '../kubectl/resolve.js';
import { evaluateJsonPath } from '../kubectl/printers/jsonpath.js';
import type { CommandRecord, Goal, GoalResult, ObjectRef } from './goals.js';

export interface CheckContext {
  client: Client;
  audit: readonly AuditRecord[];
  commands: readonly CommandRecord[];
  /** Namespace used when a goal names none (the kubeconfig's, normally `default`). */
  defaultNamespace: string;
}

type Obj = { metadata?: { name?: string; deletionTimestamp?: string }; spec?: any; status?: any };

function find(ref: ObjectRef, ctx: CheckContext): { items: Obj[]; error?: string } {
  const info = resolveType(ref.resource);
  if (!info) return { items: [], error: `unknown resource type "${ref.resource}"` };
  const ns = info.namespaced ? (ref.namespace ?? ctx.defaultNamespace) : undefined;
  try {
    if (ref.name) {
      try {
        return { items: [ctx.client.get<Obj>(info.group, info.name, ns, ref.name)] };
      } catch {
        return { items: [] };
      }
    }
    const list = ctx.client.list<Obj>(info.group, info.name, ns, { labelSelector: ref.labelSelector });
    return { items: list.items };
  } catch (e) {
    return { items: [], error: (e as Error).message };
  }
}

function describeRef(ref: ObjectRef): string {
  const what = ref.name ? `${ref.resource}/${ref.name}` : `${ref.resource}${ref.labelSelector ? ` with labels ${ref.labelSelector}` : ''}`;
  return ref.namespace ? `${what} in namespace ${ref.namespace}` : what;
}

function jsonPathText(obj: unknown, path: string): string | undefined {
  const template = path.startsWith('{') ? path : `{${path.startsWith('.') ? path : `.${path}`}}`;
  try {
    const results = evaluateJsonPath(template, obj, { allowMissingKeys: true });
    const values = results.flat();
    if (!values.length) return undefined;
    return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(' ');
  } catch {
    return undefined;
  }
}

function isPodReady(p: Obj): boolean {
  if (p.metadata?.deletionTimestamp) return false;
  return (p.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True');
}

function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'm');
  } catch {
    return undefined;
  }
}

export function evaluateGoal(goal: Goal, ctx: CheckContext): GoalResult {
  switch (goal.kind) {
    case 'objectExists': {
      const { items, error } = find(goal, ctx);
      const live = items.filter((o) => !o.metadata?.deletionTimestamp);
      const want = goal.count ?? 1;
      if (error) return { met: false, detail: error };
      return live.length >= want ? { met: true } : { met: false, detail: `expected ${want} of ${describeRef(goal)}, found ${live.length}` };
    }
    case 'objectAbsent': {
      const { items, error } = find(goal, ctx);
      if (error) return { met: false, detail: error };
      return items.length === 0 ? { met: true } : { met: false, detail: `${describeRef(goal)} still exists` };
    }
    case 'fieldEquals':
    case 'fieldMatches': {
      const { items, error } = find(goal, ctx);
      if (error) return { met: false, detail: error };
      if (!items.length) return { met: false, detail: `${describeRef(goal)} not found` };
      const text = jsonPathText(items[0], goal.path);
      if (goal.kind === 'fieldEquals') {
        return text === String(goal.value) ? { met: true } : { met: false, detail: `${goal.path} is ${text ?? '<unset>'}, expected ${goal.value}` };
      }
      const re = safeRegExp(goal.pattern);
      if (!re) return { met: false, detail: `invalid pattern ${goal.pattern}` };
      return text !== undefined && re.test(text) ? { met: true } : { met: false, detail: `${goal.path} is ${text ?? '<unset>'}` };
    }
    case 'podsReady': {
      const { items, error } = find({ resource: 'pods', namespace: goal.namespace, labelSelector: goal.labelSelector }, ctx);
      if (error) return { met: false, detail: error };
      const ready = items.filter(isPodReady).length;
      return ready >= goal.count ? { met: true } : { met: false, detail: `${ready} of ${goal.count} Pods ready` };
    }
    case 'rolloutComplete': {
      const { items } = find({ resource: 'deployments', namespace: goal.namespace, name: goal.name }, ctx);
      const d = items[0];
      if (!d) return { met: false, detail: `deployment ${goal.name} not found` };
      const want = d.spec?.replicas ?? 1;
      const s = d.status ?? {};
      const done =
        (s.observedGeneration ?? 0) >= ((d.metadata as { generation?: number })?.generation ?? 0) &&
        (s.updatedReplicas ?? 0) === want &&
        (s.replicas ?? 0) === want &&
        (s.availableReplicas ?? 0) === want;
      return done ? { met: true } : { met: false, detail: `${s.updatedReplicas ?? 0} of ${want} updated, ${s.availableReplicas ?? 0} available` };
    }
    case 'apiRequest': {
      const info = resolveType(goal.resource);
      const resource = info?.name ?? goal.resource;
      const verbs: readonly string[] = Array.isArray(goal.verb) ? goal.verb : [goal.verb];
      const userRe = goal.userMatches !== undefined ? safeRegExp(goal.userMatches) : undefined;
      if (goal.userMatches !== undefined && !userRe) return { met: false, detail: `invalid pattern ${goal.userMatches}` };
      const user = goal.user ?? (userRe ? undefined : 'kubectl');
      const found = ctx.audit.some(
        (r) =>
          (user === undefined || r.user === user) &&
          (!userRe || userRe.test(r.user)) &&
          verbs.includes(r.verb) &&
          r.resource === resource &&
          (goal.subresource === undefined || r.subresource === goal.subresource) &&
          (goal.namespace === undefined || r.namespace === goal.namespace) &&
          (goal.name === undefined || r.name === goal.name) &&
          !r.dryRun &&
          (goal.successful === false || r.code < 400),
      );
      const who = user ?? `a user matching /${goal.userMatches}/`;
      return found ? { met: true } : { met: false, detail: `no ${verbs.join('/')} ${resource}${goal.subresource ? `/${goal.subresource}` : ''} request by ${who} yet` };
    }
    case 'commandRan': {
      const re = safeRegExp(goal.pattern);
      if (!re) return { met: false, detail: `invalid pattern ${goal.pattern}` };
      return ctx.commands.some((c) => re.test(c.line)) ? { met: true } : { met: false, detail: `no command matching /${goal.pattern}/ yet` };
    }
    case 'commandOutput': {
      const cre = goal.command !== undefined ? safeRegExp(goal.command) : undefined;
      const ore = safeRegExp(goal.output);
      if (!ore || (goal.command !== undefined && !cre)) return { met: false, detail: 'invalid pattern' };
      const found = ctx.commands.some((c) => (!cre || cre.test(c.line)) && ore.test(c.output));
      return found ? { met: true } : { met: false, detail: `no command output matching /${goal.output}/ yet` };
    }
  }
}

export function evaluateGoals(goals: readonly Goal[], ctx: CheckContext): GoalResult[] {
  return goals.map((g) => evaluateGoal(g, ctx));
}
