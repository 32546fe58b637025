// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/rollout/rollout_status.go and
// polymorphichelpers' Deployment/DaemonSet/StatefulSetStatusViewer: watch one object
// (list, then watch by metadata.name) and print its status line on every ADDED /
// MODIFIED event until the rollout is done; a Job that waits on virtual time.
import type { DaemonSet, Deployment, StatefulSet } from 'kubernetes-types/apps/v1';
import type { WatchEvent } from '../../../apiserver/types.js';
import type { Job } from '../../../shell/types.js';
import { CmdError, type Command, type CommandContext } from '../../command.js';
import type { Item } from '../../util/builder.js';
import { fileFlags, groupKind, requireResource, revisionOf, visit } from './common.js';

/** DeploymentStatusViewer.Status: the line to print and whether the rollout is done. */
export function deploymentStatus(d: Deployment, revision: number): { text: string; done: boolean } {
  const name = d.metadata!.name;
  if (revision > 0) {
    const rev = revisionOf(d);
    if (Number.isNaN(rev)) throw new CmdError(`cannot get the revision of deployment "${name}": invalid revision`);
    if (rev !== revision) throw new CmdError(`desired revision (${revision}) is different from the running revision (${rev})`);
  }
  const s = d.status ?? {};
  if ((d.metadata?.generation ?? 0) <= (s.observedGeneration ?? 0)) {
    const cond = s.conditions?.find((c) => c.type === 'Progressing');
    if (cond?.reason === 'ProgressDeadlineExceeded') throw new CmdError(`deployment "${name}" exceeded its progress deadline`);
    const want = d.spec?.replicas;
    const updated = s.updatedReplicas ?? 0;
    if (want !== undefined && updated < want) {
      return { text: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${want} new replicas have been updated...\n`, done: false };
    }
    if ((s.replicas ?? 0) > updated) {
      return { text: `Waiting for deployment "${name}" rollout to finish: ${(s.replicas ?? 0) - updated} old replicas are pending termination...\n`, done: false };
    }
    if ((s.availableReplicas ?? 0) < updated) {
      return { text: `Waiting for deployment "${name}" rollout to finish: ${s.availableReplicas ?? 0} of ${updated} updated replicas are available...\n`, done: false };
    }
    return { text: `deployment "${name}" successfully rolled out\n`, done: true };
  }
  return { text: 'Waiting for deployment spec update to be observed...\n', done: false };
}

/** DaemonSetStatusViewer.Status (the revision is ignored: "DaemonSets does not have history yet"). */
export function daemonSetStatus(ds: DaemonSet): { text: string; done: boolean } {
  if (ds.spec?.updateStrategy?.type !== 'RollingUpdate') throw new CmdError('rollout status is only available for RollingUpdate strategy type');
  const name = ds.metadata!.name;
  const s = ds.status ?? ({} as NonNullable<DaemonSet['status']>);
  if ((ds.metadata?.generation ?? 0) > (s.observedGeneration ?? 0)) return { text: 'Waiting for daemon set spec update to be observed...\n', done: false };
  const desired = s.desiredNumberScheduled ?? 0;
  const updated = s.updatedNumberScheduled ?? 0;
  if (updated < desired) return { text: `Waiting for daemon set "${name}" rollout to finish: ${updated} out of ${desired} new pods have been updated...\n`, done: false };
  const available = s.numberAvailable ?? 0;
  if (available < desired) return { text: `Waiting for daemon set "${name}" rollout to finish: ${available} of ${desired} updated pods are available...\n`, done: false };
  return { text: `daemon set "${name}" successfully rolled out\n`, done: true };
}

/** StatefulSetStatusViewer.Status (the revision is ignored). */
export function statefulSetStatus(sts: StatefulSet): { text: string; done: boolean } {
  const strategy = sts.spec?.updateStrategy;
  if (strategy?.type !== 'RollingUpdate') throw new CmdError('rollout status is only available for RollingUpdate strategy type');
  const s = sts.status ?? ({} as NonNullable<StatefulSet['status']>);
  if (!s.observedGeneration || (sts.metadata?.generation ?? 0) > s.observedGeneration) return { text: 'Waiting for statefulset spec update to be observed...\n', done: false };
  const replicas = sts.spec?.replicas;
  const ready = s.readyReplicas ?? 0;
  if (replicas !== undefined && ready < replicas) return { text: `Waiting for ${replicas - ready} pods to be ready...\n`, done: false };
  const updated = s.updatedReplicas ?? 0;
  if (strategy.rollingUpdate) {
    const partition = strategy.rollingUpdate.partition;
    if (replicas !== undefined && partition !== undefined && updated < replicas - partition) {
      return { text: `Waiting for partitioned roll out to finish: ${updated} out of ${replicas - partition} new pods have been updated...\n`, done: false };
    }
    return { text: `partitioned roll out complete: ${updated} new pods have been updated...\n`, done: true };
  }
  if (s.updateRevision !== s.currentRevision) return { text: `waiting for statefulset rolling update to complete ${updated} pods at revision ${s.updateRevision ?? ''}...\n`, done: false };
  return { text: `statefulset rolling update complete ${s.currentReplicas ?? 0} pods at revision ${s.currentRevision ?? ''}...\n`, done: true };
}

type Viewer = (obj: any, revision: number) => { text: string; done: boolean };

/** StatusViewerFor: the viewer and the resource to watch for a kind. */
function viewerFor(item: Item): { resource: string; viewer: Viewer } {
  if (item.info.group === 'apps') {
    if (item.info.name === 'deployments') return { resource: 'deployments', viewer: deploymentStatus };
    if (item.info.name === 'daemonsets') return { resource: 'daemonsets', viewer: daemonSetStatus };
    if (item.info.name === 'statefulsets') return { resource: 'statefulsets', viewer: statefulSetStatus };
  }
  throw new CmdError(`no status viewer has been implemented for ${groupKind(item)}`);
}

function run(ctx: CommandContext): Job | number {
  requireResource(ctx);
  const f = ctx.flags;
  const revision = f.int('revision');
  if (revision < 0) throw new CmdError(`revision must be a positive integer: ${revision}`);
  const result = visit(ctx, { singleResourceType: true });
  if (result.errors.length) throw result.errors[0];
  if (result.items.length !== 1) {
    throw new CmdError(`rollout status is only supported on individual resources and resource collections - ${result.items.length} resources were found`);
  }
  const item = result.items[0]!;
  const { resource, viewer } = viewerFor(item);
  return watchStatus(ctx, resource, viewer, item.namespace, item.name, revision, f.bool('watch'), f.duration('timeout'));
}

/** watchtools.UntilWithSync with the status condition, bounded by --timeout (0 = no limit). */
function* watchStatus(ctx: CommandContext, resource: string, viewer: Viewer, namespace: string, name: string, revision: number, watch: boolean, timeoutMs: number): Job {
  const client = ctx.deps.client;
  const fieldSelector = `metadata.name=${name}`;
  const list = client.list('apps', resource, namespace, { fieldSelector });
  const queue: WatchEvent[] = list.items.map((object) => ({ type: 'ADDED', object }));
  const handle = client.watch('apps', resource, namespace, { fieldSelector, resourceVersion: list.metadata.resourceVersion }, (e) => {
    queue.push(e);
    ctx.io.wake();
  });
  const deadline = timeoutMs > 0 ? ctx.io.now() + timeoutMs : undefined;
  try {
    for (;;) {
      while (queue.length) {
        const e = queue.shift()!;
        if (e.type === 'DELETED') throw new CmdError('object has been deleted');
        if (e.type !== 'ADDED' && e.type !== 'MODIFIED') continue;
        const { text, done } = viewer(e.object, revision);
        ctx.io.stdout(text);
        if (done || !watch) return 0;
      }
      if (deadline !== undefined && ctx.io.now() >= deadline) throw new CmdError('timed out waiting for the condition');
      yield deadline !== undefined ? { kind: 'wake', timeoutMs: deadline - ctx.io.now() } : { kind: 'wake' };
    }
  } finally {
    handle.stop();
  }
}

export const rolloutStatus: Command = {
  name: 'status',
  short: 'Show the status of the rollout',
  flags: [
    ...fileFlags,
    { name: 'revision', type: 'int', default: 0 },
    { name: 'timeout', type: 'duration', default: '0s' },
    { name: 'watch', short: 'w', type: 'bool', default: true },
  ],
  run,
};
