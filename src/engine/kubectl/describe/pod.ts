// Mirrors describe.go describePod (PodDescriber) with qos.GetPodQOS from kubectl's
// util/qos: header, containers, conditions, volumes, QoS class, node selectors,
// tolerations and events.

import type { Container, Event, Pod } from 'kubernetes-types/core/v1';
import { describeContainers, describeResources, describeTopologySpreadConstraints, envValueRetriever } from './containers.js';
import { describeEvents } from './events.js';
import { controllerOf, printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline, rfc1123z, since, toQuantity } from './format.js';
import { describeVolumes } from './volumes.js';
import { LEVEL_0, LEVEL_1, tabbedString } from './writer.js';

export function describePod(pod: Pod, events: readonly Event[] | undefined, nowMs: number): string {
  return tabbedString((w) => {
    const meta = pod.metadata ?? {};
    const spec = pod.spec ?? { containers: [] };
    const status = pod.status ?? {};
    w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    if (spec.priority !== undefined && spec.priority !== null) w.write(LEVEL_0, `Priority:\t${spec.priority}\n`);
    if (spec.priorityClassName) w.write(LEVEL_0, `Priority Class Name:\t${spec.priorityClassName}\n`);
    if (spec.runtimeClassName) w.write(LEVEL_0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
    if (spec.serviceAccountName) w.write(LEVEL_0, `Service Account:\t${spec.serviceAccountName}\n`);
    if (!spec.nodeName) w.write(LEVEL_0, 'Node:\t<none>\n');
    else w.write(LEVEL_0, `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n`);
    if (status.startTime) w.write(LEVEL_0, `Start Time:\t${rfc1123z(status.startTime)}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    if (meta.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
      w.write(LEVEL_0, `Status:\tTerminating (lasts ${since(meta.deletionTimestamp, nowMs)})\n`);
      w.write(LEVEL_0, `Termination Grace Period:\t${meta.deletionGracePeriodSeconds ?? 0}s\n`);
    } else {
      w.write(LEVEL_0, `Status:\t${status.phase ?? ''}\n`);
    }
    if (status.reason) w.write(LEVEL_0, `Reason:\t${status.reason}\n`);
    if (status.message) w.write(LEVEL_0, `Message:\t${status.message}\n`);
    const seccomp = spec.securityContext?.seccompProfile;
    if (seccomp) {
      w.write(LEVEL_0, `SeccompProfile:\t${seccomp.type}\n`);
      if (seccomp.type === 'Localhost') w.write(LEVEL_0, `LocalhostProfile:\t${seccomp.localhostProfile ?? ''}\n`);
    }
    w.write(LEVEL_0, `IP:\t${status.podIP ?? ''}\n`);
    if (!status.podIPs || status.podIPs.length === 0) {
      w.write(LEVEL_0, 'IPs:\t<none>\n');
    } else {
      w.write(LEVEL_0, 'IPs:\n');
      for (const ip of status.podIPs) w.write(LEVEL_1, `IP:\t${ip.ip ?? ''}\n`);
    }
    const controlledBy = controllerOf(meta);
    if (controlledBy) w.write(LEVEL_0, `Controlled By:\t${controlledBy}\n`);
    if (status.nominatedNodeName) w.write(LEVEL_0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
    const podResources = (spec as { resources?: Container['resources'] }).resources;
    if (podResources) {
      w.write(LEVEL_0, 'Resources:\n');
      describeResources(podResources, w, LEVEL_1);
    }
    const resolver = envValueRetriever(pod);
    if (spec.initContainers && spec.initContainers.length > 0) describeContainers('Init Containers', spec.initContainers, status.initContainerStatuses, resolver, w, '');
    describeContainers('Containers', spec.containers ?? [], status.containerStatuses, resolver, w, '');
    if (spec.ephemeralContainers && spec.ephemeralContainers.length > 0) {
      describeContainers('Ephemeral Containers', spec.ephemeralContainers as Container[], status.ephemeralContainerStatuses, resolver, w, '');
    }
    if (spec.readinessGates && spec.readinessGates.length > 0) {
      w.write(LEVEL_0, 'Readiness Gates:\n  Type\tStatus\n');
      for (const g of spec.readinessGates) {
        const c = (status.conditions ?? []).find((c) => c.type === g.conditionType);
        w.write(LEVEL_1, `${g.conditionType} \t${c ? c.status : '<none>'} \n`);
      }
    }
    if (status.conditions && status.conditions.length > 0) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\n');
      for (const c of status.conditions) w.write(LEVEL_1, `${c.type} \t${c.status} \n`);
    }
    describeVolumes(spec.volumes, w, '');
    w.write(LEVEL_0, `QoS Class:\t${podQOS(pod)}\n`);
    printLabelsMultiline(w, 'Node-Selectors', spec.nodeSelector);
    printTolerationsMultiline(w, 'Tolerations', spec.tolerations);
    describeTopologySpreadConstraints(spec.topologySpreadConstraints, w, '');
    if (events) describeEvents(events, w, nowMs);
  });
}

/**
 * qos.GetPodQOS: status.qosClass when set, else computed from cpu/memory of every container:
 * nothing set → BestEffort; limits for both everywhere and requests equal to them →
 * Guaranteed; anything else → Burstable.
 */
export function podQOS(pod: Pod): string {
  if (pod.status?.qosClass) return pod.status.qosClass;
  const requests = new Map<string, bigint>();
  const limits = new Map<string, bigint>();
  let guaranteed = true;
  const all = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  for (const c of all) {
    for (const [name, raw] of Object.entries(c.resources?.requests ?? {})) {
      const q = toQuantity(raw);
      if ((name === 'cpu' || name === 'memory') && q && q.sign() > 0) requests.set(name, (requests.get(name) ?? 0n) + q.nanos);
    }
    const found = new Set<string>();
    for (const [name, raw] of Object.entries(c.resources?.limits ?? {})) {
      const q = toQuantity(raw);
      if ((name === 'cpu' || name === 'memory') && q && q.sign() > 0) {
        found.add(name);
        limits.set(name, (limits.get(name) ?? 0n) + q.nanos);
      }
    }
    if (!found.has('cpu') || !found.has('memory')) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (guaranteed) {
    for (const [name, req] of requests) if (limits.get(name) !== req) guaranteed = false;
  }
  if (guaranteed && requests.size === limits.size) return 'Guaranteed';
  return 'Burstable';
}
