// Mirrors pkg/apis/apps/v1/defaults.go: SetDefaults_Deployment, _ReplicaSet,
// _StatefulSet, _DaemonSet; the embedded pod templates get SetDefaults_PodSpec.
import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
import { defaultPodTemplateSpec } from './pod.js';
import { defaultPersistentVolumeClaim } from './core.js';

export function defaultDeployment(d: Deployment): void {
  d.spec ??= { selector: undefined as never, template: {} };
  const spec = d.spec;
  spec.replicas ??= 1;
  spec.strategy ??= {};
  spec.strategy.type ||= 'RollingUpdate';
  if (spec.strategy.type === 'RollingUpdate') {
    spec.strategy.rollingUpdate ??= {};
    spec.strategy.rollingUpdate.maxUnavailable ??= '25%';
    spec.strategy.rollingUpdate.maxSurge ??= '25%';
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  defaultPodTemplateSpec(spec.template);
}

export function defaultReplicaSet(rs: ReplicaSet): void {
  rs.spec ??= { selector: undefined as never };
  rs.spec.replicas ??= 1;
  defaultPodTemplateSpec(rs.spec.template);
}

export function defaultStatefulSet(sts: StatefulSet): void {
  sts.spec ??= { selector: undefined as never, template: {}, serviceName: undefined as never };
  const spec = sts.spec;
  spec.podManagementPolicy ||= 'OrderedReady';
  spec.updateStrategy ??= {};
  spec.updateStrategy.type ||= 'RollingUpdate';
  if (spec.updateStrategy.type === 'RollingUpdate') {
    spec.updateStrategy.rollingUpdate ??= {};
    spec.updateStrategy.rollingUpdate.partition ??= 0;
  }
  spec.persistentVolumeClaimRetentionPolicy ??= {};
  spec.persistentVolumeClaimRetentionPolicy.whenDeleted ||= 'Retain';
  spec.persistentVolumeClaimRetentionPolicy.whenScaled ||= 'Retain';
  spec.replicas ??= 1;
  spec.revisionHistoryLimit ??= 10;
  for (const pvc of spec.volumeClaimTemplates ?? []) {
    defaultPersistentVolumeClaim(pvc);
    // The template's metadata is not an object that will be stored as-is.
  }
  defaultPodTemplateSpec(spec.template);
}

export function defaultDaemonSet(ds: DaemonSet): void {
  ds.spec ??= { selector: undefined as never, template: {} };
  const spec = ds.spec;
  spec.updateStrategy ??= {};
  spec.updateStrategy.type ||= 'RollingUpdate';
  if (spec.updateStrategy.type === 'RollingUpdate') {
    spec.updateStrategy.rollingUpdate ??= {};
    spec.updateStrategy.rollingUpdate.maxUnavailable ??= 1;
    spec.updateStrategy.rollingUpdate.maxSurge ??= 0;
  }
  spec.revisionHistoryLimit ??= 10;
  defaultPodTemplateSpec(spec.template);
}
