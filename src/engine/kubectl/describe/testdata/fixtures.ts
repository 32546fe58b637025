// Test data: the objects the goldens in this folder were captured from (kubectl v1.32.4
// `describe` against a stub API server serving exactly these objects, with NOW = the capture's nowMs).
/* eslint-disable @typescript-eslint/no-explicit-any */
export function fixtures(NOW: number): any[] {
  const t = (secAgo: number) => new Date(NOW - secAgo * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const mt = (secAgo: number) => new Date(NOW - secAgo * 1000).toISOString().replace(/Z$/, '000Z');
  const objs: any[] = [];
  const add = (o: any) => (objs.push(o), o);
  const nodeInfo = (_name: string, i: number) => ({ machineID: 'a1b2c3d4e5f6478899aabbccddeeff0' + i, systemUUID: 'b7f3e1c2-0000-4000-8000-00000000000' + i, bootID: 'c0ffee00-1111-4222-8333-44445555666' + i, kernelVersion: '5.15.0-1083-gcp', osImage: 'Ubuntu 22.04.5 LTS', containerRuntimeVersion: 'containerd://1.7.22', kubeletVersion: 'v1.32.0', kubeProxyVersion: 'v1.32.0', operatingSystem: 'linux', architecture: 'amd64' });
  const conds = (ago: number) => [
    { type: 'MemoryPressure', status: 'False', lastHeartbeatTime: t(20), lastTransitionTime: t(ago), reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available' },
    { type: 'DiskPressure', status: 'False', lastHeartbeatTime: t(20), lastTransitionTime: t(ago), reason: 'KubeletHasNoDiskPressure', message: 'kubelet has no disk pressure' },
    { type: 'PIDPressure', status: 'False', lastHeartbeatTime: t(20), lastTransitionTime: t(ago), reason: 'KubeletHasSufficientPID', message: 'kubelet has sufficient PID available' },
    { type: 'Ready', status: 'True', lastHeartbeatTime: t(20), lastTransitionTime: t(ago - 30), reason: 'KubeletReady', message: 'kubelet is posting ready status' },
  ];
  const cap = { cpu: '2', 'ephemeral-storage': '20134592Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '4015836Ki', pods: '110' };
  const alloc = { cpu: '2', 'ephemeral-storage': '18556039957', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '3913436Ki', pods: '110' };
  add({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'controlplane', uid: 'node-uid-cp', creationTimestamp: t(3 * 86400 + 3600),
    labels: { 'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', 'kubernetes.io/hostname': 'controlplane', 'kubernetes.io/os': 'linux', 'node-role.kubernetes.io/control-plane': '', 'node.kubernetes.io/exclude-from-external-load-balancers': '' },
    annotations: { 'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock', 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' } },
    spec: { podCIDR: '10.244.0.0/24', podCIDRs: ['10.244.0.0/24'], taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] },
    status: { capacity: cap, allocatable: alloc, conditions: conds(3 * 86400 + 3600), addresses: [{ type: 'InternalIP', address: '192.168.1.2' }, { type: 'Hostname', address: 'controlplane' }], nodeInfo: nodeInfo('controlplane', 1) } });
  add({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'node01', uid: 'node-uid-01', creationTimestamp: t(3 * 86400),
    labels: { 'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', 'kubernetes.io/hostname': 'node01', 'kubernetes.io/os': 'linux' },
    annotations: { 'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock', 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' } },
    spec: { podCIDR: '10.244.1.0/24', podCIDRs: ['10.244.1.0/24'] },
    status: { capacity: cap, allocatable: alloc, conditions: conds(3 * 86400), addresses: [{ type: 'InternalIP', address: '192.168.1.3' }, { type: 'Hostname', address: 'node01' }], nodeInfo: nodeInfo('node01', 2) } });
  add({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'node01', namespace: 'kube-node-lease', uid: 'lease-uid-01', creationTimestamp: t(3 * 86400), ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: 'node01', uid: 'node-uid-01' }] },
    spec: { holderIdentity: 'node01', leaseDurationSeconds: 40, renewTime: mt(7) } });
  add({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'controlplane', namespace: 'kube-node-lease', uid: 'lease-uid-cp', creationTimestamp: t(3 * 86400 + 3600) },
    spec: { holderIdentity: 'controlplane', leaseDurationSeconds: 40, renewTime: mt(3) } });
  add({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default', uid: 'ns-default', creationTimestamp: t(3 * 86400 + 3600), labels: { 'kubernetes.io/metadata.name': 'default' } }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } });
  add({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kube-system', uid: 'ns-ks', creationTimestamp: t(3 * 86400 + 3600), labels: { 'kubernetes.io/metadata.name': 'kube-system' } }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } });

  const kubeApiAccess = { name: 'kube-api-access-x7k2p', projected: { defaultMode: 420, sources: [
    { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
    { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
    { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } } ] } };
  const defTolerations = [
    { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 } ];
  const podConds = (ago: number) => [
    { type: 'PodReadyToStartContainers', status: 'True', lastProbeTime: null, lastTransitionTime: t(ago - 5) },
    { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: t(ago) },
    { type: 'Ready', status: 'True', lastProbeTime: null, lastTransitionTime: t(ago - 5) },
    { type: 'ContainersReady', status: 'True', lastProbeTime: null, lastTransitionTime: t(ago - 5) },
    { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: t(ago) } ];

  // Deployment + RS + 2 pods
  const tmplSpec = { containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80, protocol: 'TCP' }], resources: {}, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', imagePullPolicy: 'IfNotPresent' }],
    restartPolicy: 'Always', terminationGracePeriodSeconds: 30, dnsPolicy: 'ClusterFirst', securityContext: {}, schedulerName: 'default-scheduler' };
  add({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'nginx-deployment', namespace: 'default', uid: 'dep-uid-1', generation: 1, creationTimestamp: t(15 * 60 + 12), labels: { app: 'nginx' }, annotations: { 'deployment.kubernetes.io/revision': '1' } },
    spec: { replicas: 2, selector: { matchLabels: { app: 'nginx' } }, template: { metadata: { labels: { app: 'nginx' } }, spec: tmplSpec },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } }, revisionHistoryLimit: 10, progressDeadlineSeconds: 600 },
    status: { observedGeneration: 1, replicas: 2, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2,
      conditions: [ { type: 'Available', status: 'True', lastUpdateTime: t(15 * 60), lastTransitionTime: t(15 * 60), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
        { type: 'Progressing', status: 'True', lastUpdateTime: t(15 * 60), lastTransitionTime: t(15 * 60 + 12), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "nginx-deployment-5d59d67564" has successfully progressed.' } ] } });
  add({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'nginx-deployment-5d59d67564', namespace: 'default', uid: 'rs-uid-1', creationTimestamp: t(15 * 60 + 12), labels: { app: 'nginx', 'pod-template-hash': '5d59d67564' },
      annotations: { 'deployment.kubernetes.io/desired-replicas': '2', 'deployment.kubernetes.io/max-replicas': '3', 'deployment.kubernetes.io/revision': '1' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'nginx-deployment', uid: 'dep-uid-1', controller: true, blockOwnerDeletion: true }] },
    spec: { replicas: 2, selector: { matchLabels: { app: 'nginx', 'pod-template-hash': '5d59d67564' } }, template: { metadata: { labels: { app: 'nginx', 'pod-template-hash': '5d59d67564' } }, spec: tmplSpec } },
    status: { replicas: 2, fullyLabeledReplicas: 2, readyReplicas: 2, availableReplicas: 2, observedGeneration: 1 } });
  for (const [i, sfx, node, ip, hip] of [[0, 'xk8wz', 'node01', '10.244.1.2', '192.168.1.3'], [1, 'p2m9q', 'controlplane', '10.244.0.4', '192.168.1.2']] as const) {
    add({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'nginx-deployment-5d59d67564-' + sfx, generateName: 'nginx-deployment-5d59d67564-', namespace: 'default', uid: 'pod-uid-d' + i, creationTimestamp: t(15 * 60 + 12),
        labels: { app: 'nginx', 'pod-template-hash': '5d59d67564' },
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'nginx-deployment-5d59d67564', uid: 'rs-uid-1', controller: true, blockOwnerDeletion: true }] },
      spec: { ...tmplSpec, containers: [{ ...tmplSpec.containers[0], volumeMounts: [{ name: 'kube-api-access-' + sfx, readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }] }],
        volumes: [{ ...kubeApiAccess, name: 'kube-api-access-' + sfx }], serviceAccountName: 'default', serviceAccount: 'default', nodeName: node, tolerations: defTolerations, priority: 0, enableServiceLinks: true, preemptionPolicy: 'PreemptLowerPriority' },
      status: { phase: 'Running', conditions: podConds(15 * 60 + 12), hostIP: hip, hostIPs: [{ ip: hip }], podIP: ip, podIPs: [{ ip }], startTime: t(15 * 60 + 12), qosClass: 'BestEffort',
        containerStatuses: [{ name: 'nginx', state: { running: { startedAt: t(15 * 60 + 2) } }, lastState: {}, ready: true, restartCount: 0, image: 'docker.io/library/nginx:1.14.2', imageID: 'docker.io/library/nginx@sha256:f7988fb6c02e0ce69257d9bd9cf37ae20a60f1df7563c3a2a6abe24160306b8d', containerID: 'containerd://4a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f' + i, started: true }] } });
  }
  const ev = (name: string, ns: string, inv: any, type: string, reason: string, msg: string, src: any, first: number | null, last: number | null, count: number, extra: any = {}) => add({ apiVersion: 'v1', kind: 'Event', metadata: { name, namespace: ns, uid: 'ev-' + name, creationTimestamp: t(first ?? 0) },
    involvedObject: inv, reason, message: msg, source: src, firstTimestamp: first == null ? null : t(first), lastTimestamp: last == null ? null : t(last), count, type, eventTime: null, reportingComponent: src.component || '', reportingInstance: src.host || '', ...extra });
  const depRef = { kind: 'Deployment', namespace: 'default', name: 'nginx-deployment', uid: 'dep-uid-1', apiVersion: 'apps/v1', resourceVersion: '100' };
  ev('nginx-deployment.1', 'default', depRef, 'Normal', 'ScalingReplicaSet', 'Scaled up replica set nginx-deployment-5d59d67564 from 0 to 2', { component: 'deployment-controller' }, 15 * 60 + 12, 15 * 60 + 12, 1);
  const rsRef = { kind: 'ReplicaSet', namespace: 'default', name: 'nginx-deployment-5d59d67564', uid: 'rs-uid-1', apiVersion: 'apps/v1', resourceVersion: '101' };
  ev('nginx-deployment-5d59d67564.1', 'default', rsRef, 'Normal', 'SuccessfulCreate', 'Created pod: nginx-deployment-5d59d67564-xk8wz', { component: 'replicaset-controller' }, 15 * 60 + 12, 15 * 60 + 12, 1);
  ev('nginx-deployment-5d59d67564.2', 'default', rsRef, 'Normal', 'SuccessfulCreate', 'Created pod: nginx-deployment-5d59d67564-p2m9q', { component: 'replicaset-controller' }, 15 * 60 + 12, 15 * 60 + 12, 1);
  const podRef = (n: string, uid: string, fp?: string) => ({ kind: 'Pod', namespace: 'default', name: n, uid, apiVersion: 'v1', resourceVersion: '102', ...(fp ? { fieldPath: fp } : {}) });
  const p0 = 'nginx-deployment-5d59d67564-xk8wz';
  ev(p0 + '.1', 'default', podRef(p0, 'pod-uid-d0'), 'Normal', 'Scheduled', 'Successfully assigned default/' + p0 + ' to node01', { component: 'default-scheduler' }, null, null, 0,
    { eventTime: mt(15 * 60 + 12), reportingComponent: 'default-scheduler', reportingInstance: 'default-scheduler-controlplane', action: 'Binding' });
  ev(p0 + '.2', 'default', podRef(p0, 'pod-uid-d0', 'spec.containers{nginx}'), 'Normal', 'Pulling', 'Pulling image "nginx:1.14.2"', { component: 'kubelet', host: 'node01' }, 15 * 60 + 11, 15 * 60 + 11, 1);
  ev(p0 + '.3', 'default', podRef(p0, 'pod-uid-d0', 'spec.containers{nginx}'), 'Normal', 'Pulled', 'Successfully pulled image "nginx:1.14.2" in 7.532s (7.532s including waiting). Image size: 44710204 bytes.', { component: 'kubelet', host: 'node01' }, 15 * 60 + 3, 15 * 60 + 3, 1);
  ev(p0 + '.4', 'default', podRef(p0, 'pod-uid-d0', 'spec.containers{nginx}'), 'Normal', 'Created', 'Created container: nginx', { component: 'kubelet', host: 'node01' }, 15 * 60 + 3, 15 * 60 + 3, 1);
  ev(p0 + '.5', 'default', podRef(p0, 'pod-uid-d0', 'spec.containers{nginx}'), 'Normal', 'Started', 'Started container nginx', { component: 'kubelet', host: 'node01' }, 15 * 60 + 2, 15 * 60 + 2, 1);

  // A feature-rich standalone pod on node01
  add({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default', uid: 'pod-uid-web', creationTimestamp: t(7 * 60 + 30),
      labels: { run: 'web', tier: 'frontend' }, annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"apiVersion":"v1"}\n', 'example.com/note': 'hello world' } },
    spec: { initContainers: [{ name: 'init-myservice', image: 'busybox:1.28', command: ['sh', '-c', 'echo init done'], resources: {}, imagePullPolicy: 'IfNotPresent',
        volumeMounts: [{ name: 'kube-api-access-abcde', readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }] }],
      containers: [
        { name: 'app', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 80, protocol: 'TCP' }, { name: 'metrics', containerPort: 9113, protocol: 'TCP' }],
          args: ['--port=80', 'multi\nline'],
          resources: { limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: '250m', memory: '128Mi' } },
          livenessProbe: { httpGet: { path: '/healthz', port: 80, scheme: 'HTTP' }, initialDelaySeconds: 3, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
          readinessProbe: { tcpSocket: { port: 'http' }, timeoutSeconds: 1, periodSeconds: 5, successThreshold: 1, failureThreshold: 3 },
          startupProbe: { exec: { command: ['cat', '/tmp/healthy'] }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 30 },
          envFrom: [{ configMapRef: { name: 'app-config' } }, { prefix: 'DB_', secretRef: { name: 'db-secret', optional: true } }],
          env: [{ name: 'MODE', value: 'production' }, { name: 'MULTI', value: 'a\nb' },
            { name: 'POD_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } },
            { name: 'POD_IP', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.podIP' } } },
            { name: 'MEM_LIMIT', valueFrom: { resourceFieldRef: { containerName: 'app', resource: 'limits.memory', divisor: '1Mi' } } },
            { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'db-secret', key: 'password' } } },
            { name: 'COLOR', valueFrom: { configMapKeyRef: { name: 'app-config', key: 'color', optional: true } } }],
          volumeMounts: [{ name: 'data', mountPath: '/data' }, { name: 'config', mountPath: '/etc/config', readOnly: true }, { name: 'cache', mountPath: '/cache', subPath: 'sub' },
            { name: 'kube-api-access-abcde', readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }],
          imagePullPolicy: 'IfNotPresent' },
        { name: 'sidecar', image: 'busybox:1.28', command: ['sh', '-c', 'while true; do sleep 3600; done'], resources: { requests: { cpu: '100m' } }, imagePullPolicy: 'IfNotPresent',
          volumeMounts: [{ name: 'kube-api-access-abcde', readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }] } ],
      volumes: [ { name: 'data', persistentVolumeClaim: { claimName: 'data-pvc' } }, { name: 'config', configMap: { name: 'app-config', defaultMode: 420 } },
        { name: 'cache', emptyDir: {} }, { name: 'mem', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } }, { name: 'creds', secret: { secretName: 'db-secret', defaultMode: 420, optional: true } },
        { name: 'host', hostPath: { path: '/var/log', type: 'Directory' } }, { name: 'host2', hostPath: { path: '/tmp/x' } },
        { name: 'podinfo', downwardAPI: { items: [{ path: 'labels', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.labels' } }] } },
        { ...kubeApiAccess, name: 'kube-api-access-abcde' } ],
      nodeName: 'node01', nodeSelector: { 'kubernetes.io/os': 'linux', disktype: 'ssd' }, serviceAccountName: 'default', priority: 0, restartPolicy: 'Always',
      tolerations: [{ operator: 'Exists' }, { key: 'dedicated', operator: 'Equal', value: 'web', effect: 'NoSchedule' }, ...defTolerations] },
    status: { phase: 'Running', hostIP: '192.168.1.3', hostIPs: [{ ip: '192.168.1.3' }], podIP: '10.244.1.5', podIPs: [{ ip: '10.244.1.5' }], startTime: t(7 * 60 + 30), qosClass: 'Burstable',
      conditions: [ { type: 'PodReadyToStartContainers', status: 'True', lastTransitionTime: t(7 * 60 + 25) }, { type: 'Initialized', status: 'True', lastTransitionTime: t(7 * 60 + 20) },
        { type: 'Ready', status: 'False', lastTransitionTime: t(60), reason: 'ContainersNotReady' }, { type: 'ContainersReady', status: 'False', lastTransitionTime: t(60) }, { type: 'PodScheduled', status: 'True', lastTransitionTime: t(7 * 60 + 30) } ],
      initContainerStatuses: [{ name: 'init-myservice', state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: t(7 * 60 + 24), finishedAt: t(7 * 60 + 21), containerID: 'containerd://1111' } }, lastState: {}, ready: true, restartCount: 0, image: 'docker.io/library/busybox:1.28', imageID: 'docker.io/library/busybox@sha256:141c253bc4c3fd0a201d32dc1f493bcf3fff003b6df416dea4f41046e0f37d47', containerID: 'containerd://1111', started: false }],
      containerStatuses: [
        { name: 'app', state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s restarting failed container=app pod=web_default(pod-uid-web)' } },
          lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: t(70), finishedAt: t(61), containerID: 'containerd://2222' } }, ready: false, restartCount: 3,
          image: 'docker.io/library/nginx:1.27', imageID: 'docker.io/library/nginx@sha256:aaaa', containerID: 'containerd://2222', started: false },
        { name: 'sidecar', state: { running: { startedAt: t(7 * 60 + 19) } }, lastState: {}, ready: true, restartCount: 0, image: 'docker.io/library/busybox:1.28', imageID: 'docker.io/library/busybox@sha256:141c', containerID: 'containerd://3333', started: true } ] } });
  const webRef = (fp?: string) => podRef('web', 'pod-uid-web', fp);
  ev('web.1', 'default', webRef(), 'Normal', 'Scheduled', 'Successfully assigned default/web to node01', { component: 'default-scheduler' }, null, null, 0,
    { eventTime: mt(7 * 60 + 30), reportingComponent: 'default-scheduler', reportingInstance: 'default-scheduler-controlplane', action: 'Binding' });
  ev('web.2', 'default', webRef('spec.containers{app}'), 'Normal', 'Pulled', 'Container image "nginx:1.27" already present on machine', { component: 'kubelet', host: 'node01' }, 7 * 60 + 19, 75, 4);
  ev('web.3', 'default', webRef('spec.containers{app}'), 'Warning', 'BackOff', 'Back-off restarting failed container app in pod web_default(pod-uid-web)', { component: 'kubelet', host: 'node01' }, 5 * 60, 10, 9);
  ev('web.4', 'default', webRef('spec.containers{app}'), 'Warning', 'Unhealthy', '  Liveness probe failed: HTTP probe failed with statuscode: 500  ', { component: 'kubelet', host: 'node01' }, 4 * 60 + 15, 4 * 60 + 15, 1);
  ev('web.5', 'default', webRef(), 'Normal', 'Seriesy', 'series event', { }, null, null, 0,
    { eventTime: mt(3 * 3600 + 125), reportingComponent: 'kubelet', reportingController: 'example.com/ctrl', series: { count: 5, lastObservedTime: mt(200) } });
  ev('web.6', 'default', webRef(), 'Normal', 'Odd', 'no timestamps at all', { component: 'kubelet' }, null, null, 1);
  ev('web.7', 'default', webRef(), 'Normal', 'Created', 'Created container: sidecar', { component: 'kubelet', host: 'node01' }, 7 * 60 + 19, 7 * 60 + 19, 1);
  // Pending pod with no node
  add({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'pending', namespace: 'default', uid: 'pod-uid-pending', creationTimestamp: t(40) },
    spec: { containers: [{ name: 'c', image: 'bigimage', resources: { requests: { cpu: '8', memory: '1Gi' }, limits: { cpu: '8', memory: '1Gi' } } }], priority: 1000, priorityClassName: 'high', schedulerName: 'default-scheduler' },
    status: { phase: 'Pending', qosClass: 'Guaranteed', conditions: [{ type: 'PodScheduled', status: 'False', lastTransitionTime: t(40), reason: 'Unschedulable', message: '0/2 nodes are available: 2 Insufficient cpu.' }] } });
  ev('pending.1', 'default', { kind: 'Pod', namespace: 'default', name: 'pending', uid: 'pod-uid-pending', apiVersion: 'v1' }, 'Warning', 'FailedScheduling', '0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.', { component: 'default-scheduler' }, null, null, 0,
    { eventTime: mt(40), reportingComponent: 'default-scheduler', reportingInstance: 'default-scheduler-controlplane', action: 'Scheduling' });
  // Node events
  const nodeRef = { kind: 'Node', name: 'node01', uid: 'node01', apiVersion: 'v1' };
  ev('node01.1', 'default', nodeRef, 'Normal', 'Starting', '', { component: 'kube-proxy', host: 'node01' }, 3 * 86400 - 10, 3 * 86400 - 10, 1);
  ev('node01.2', 'default', nodeRef, 'Normal', 'NodeHasSufficientMemory', 'Node node01 status is now: NodeHasSufficientMemory', { component: 'kubelet', host: 'node01' }, 3 * 86400, 3 * 86400, 2);
  ev('node01.3', 'default', { ...nodeRef, uid: 'node-uid-01' }, 'Normal', 'RegisteredNode', 'Node node01 event: Registered Node node01 in Controller', { component: 'node-controller' }, 3 * 86400 - 5, 3 * 86400 - 5, 1);
  // Service + Endpoints
  add({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'nginx', namespace: 'default', uid: 'svc-uid-1', creationTimestamp: t(600), labels: { app: 'nginx' } },
    spec: { ports: [{ protocol: 'TCP', port: 80, targetPort: 80 }], selector: { app: 'nginx' }, clusterIP: '10.96.120.15', clusterIPs: ['10.96.120.15'], type: 'ClusterIP', sessionAffinity: 'None', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', internalTrafficPolicy: 'Cluster' }, status: { loadBalancer: {} } });
  add({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'nginx', namespace: 'default', uid: 'ep-uid-1', creationTimestamp: t(600), labels: { app: 'nginx' } },
    subsets: [{ addresses: [{ ip: '10.244.0.4', nodeName: 'controlplane', targetRef: { kind: 'Pod', namespace: 'default', name: 'nginx-deployment-5d59d67564-p2m9q', uid: 'pod-uid-d1' } }, { ip: '10.244.1.2', nodeName: 'node01', targetRef: { kind: 'Pod', namespace: 'default', name: 'nginx-deployment-5d59d67564-xk8wz', uid: 'pod-uid-d0' } }], ports: [{ port: 80, protocol: 'TCP' }] }] });
  add({ apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { name: 'nginx-abcde', namespace: 'default', uid: 'eps-uid-1', creationTimestamp: t(600), labels: { 'kubernetes.io/service-name': 'nginx', 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io' } },
    addressType: 'IPv4', endpoints: [{ addresses: ['10.244.0.4'], conditions: { ready: true } }, { addresses: ['10.244.1.2'], conditions: { ready: true } }], ports: [{ name: '', port: 80, protocol: 'TCP' }] });
  add({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web-np', namespace: 'default', uid: 'svc-uid-2', creationTimestamp: t(600) },
    spec: { ports: [{ name: 'http', protocol: 'TCP', port: 8080, targetPort: 'http', nodePort: 30080 }, { name: 'metrics', protocol: 'TCP', port: 9113, targetPort: 9113, nodePort: 31913 }], selector: { run: 'web' }, clusterIP: '10.96.5.6', clusterIPs: ['10.96.5.6'], type: 'NodePort', sessionAffinity: 'None', externalTrafficPolicy: 'Cluster', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', internalTrafficPolicy: 'Cluster' }, status: { loadBalancer: {} } });
  add({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'web-np', namespace: 'default', uid: 'ep-uid-2', creationTimestamp: t(600) },
    subsets: [{ notReadyAddresses: [{ ip: '10.244.1.5' }], ports: [{ name: 'http', port: 80, protocol: 'TCP' }, { name: 'metrics', port: 9113, protocol: 'TCP' }] }] });
  // ConfigMap, Secret, SA
  add({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app-config', namespace: 'default', uid: 'cm-uid-1', creationTimestamp: t(900) }, data: { color: 'blue', 'game.properties': 'enemies=aliens\nlives=3\n' }, binaryData: { 'bin.dat': 'AAECAw==' } });
  add({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'empty-cm', namespace: 'default', uid: 'cm-uid-2', creationTimestamp: t(900) } });
  add({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db-secret', namespace: 'default', uid: 'sec-uid-1', creationTimestamp: t(900) }, type: 'Opaque', data: { username: 'YWRtaW4=', password: 'czNjcjN0UEA=', empty: '' } });
  add({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'default', uid: 'sa-uid-1', creationTimestamp: t(3 * 86400) } });
  add({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'builder', namespace: 'default', uid: 'sa-uid-2', creationTimestamp: t(3 * 86400), labels: { team: 'ci' } }, imagePullSecrets: [{ name: 'regcred' }, { name: 'regcred2' }], secrets: [{ name: 'builder-token' }] });
  // Storage
  add({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'local-path', uid: 'sc-uid-1', creationTimestamp: t(3 * 86400), annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } }, provisioner: 'rancher.io/local-path', reclaimPolicy: 'Delete', volumeBindingMode: 'WaitForFirstConsumer' });
  add({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv-data', uid: 'pv-uid-1', creationTimestamp: t(900), finalizers: ['kubernetes.io/pv-protection'], labels: { type: 'local' } },
    spec: { capacity: { storage: '1Gi' }, hostPath: { path: '/mnt/data', type: '' }, accessModes: ['ReadWriteOnce'], claimRef: { kind: 'PersistentVolumeClaim', namespace: 'default', name: 'data-pvc', uid: 'pvc-uid-1', apiVersion: 'v1' }, persistentVolumeReclaimPolicy: 'Retain', storageClassName: 'manual', volumeMode: 'Filesystem' },
    status: { phase: 'Bound' } });
  add({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data-pvc', namespace: 'default', uid: 'pvc-uid-1', creationTimestamp: t(900), finalizers: ['kubernetes.io/pvc-protection'], annotations: { 'pv.kubernetes.io/bind-completed': 'yes', 'pv.kubernetes.io/bound-by-controller': 'yes' } },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, volumeName: 'pv-data', storageClassName: 'manual', volumeMode: 'Filesystem' },
    status: { phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '1Gi' } } });
  add({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'pending-pvc', namespace: 'default', uid: 'pvc-uid-2', creationTimestamp: t(300) },
    spec: { accessModes: ['ReadWriteOnce', 'ReadOnlyMany'], resources: { requests: { storage: '500Mi' } }, storageClassName: 'local-path', volumeMode: 'Filesystem' }, status: { phase: 'Pending' } });
  ev('pending-pvc.1', 'default', { kind: 'PersistentVolumeClaim', namespace: 'default', name: 'pending-pvc', uid: 'pvc-uid-2', apiVersion: 'v1' }, 'Normal', 'WaitForFirstConsumer', 'waiting for first consumer to be created before binding', { component: 'persistentvolume-controller' }, 300, 5, 22);
  // StatefulSet, DaemonSet, Job, CronJob
  add({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web-ss', namespace: 'default', uid: 'ss-uid-1', creationTimestamp: t(1200) },
    spec: { replicas: 2, selector: { matchLabels: { app: 'web-ss' } }, serviceName: 'web-ss', template: { metadata: { labels: { app: 'web-ss' } }, spec: { containers: [{ name: 'nginx', image: 'registry.k8s.io/nginx-slim:0.8', ports: [{ name: 'web', containerPort: 80, protocol: 'TCP' }], volumeMounts: [{ name: 'www', mountPath: '/usr/share/nginx/html' }] }] } },
      volumeClaimTemplates: [{ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, storageClassName: 'local-path', volumeMode: 'Filesystem' }, status: { phase: 'Pending' } }],
      podManagementPolicy: 'OrderedReady', updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } }, revisionHistoryLimit: 10 },
    status: { replicas: 2, readyReplicas: 2, currentReplicas: 2, updatedReplicas: 2, availableReplicas: 2 } });
  for (const i of [0, 1]) add({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-ss-' + i, namespace: 'default', uid: 'pod-uid-ss' + i, creationTimestamp: t(1200 - i * 10), labels: { app: 'web-ss' }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web-ss', uid: 'ss-uid-1', controller: true }] },
    spec: { containers: [{ name: 'nginx', image: 'registry.k8s.io/nginx-slim:0.8' }], nodeName: 'node01' }, status: { phase: i ? 'Pending' : 'Running' } });
  ev('web-ss.1', 'default', { kind: 'StatefulSet', namespace: 'default', name: 'web-ss', uid: 'ss-uid-1', apiVersion: 'apps/v1' }, 'Normal', 'SuccessfulCreate', 'create Claim www-web-ss-0 Pod web-ss-0 in StatefulSet web-ss success', { component: 'statefulset-controller' }, 1200, 1200, 1);
  add({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'kube-proxy', namespace: 'kube-system', uid: 'ds-uid-1', creationTimestamp: t(3 * 86400 + 3600), labels: { 'k8s-app': 'kube-proxy' }, annotations: { 'deprecated.daemonset.template.generation': '1' } },
    spec: { selector: { matchLabels: { 'k8s-app': 'kube-proxy' } }, template: { metadata: { labels: { 'k8s-app': 'kube-proxy' } }, spec: { serviceAccountName: 'kube-proxy', priorityClassName: 'system-node-critical', nodeSelector: { 'kubernetes.io/os': 'linux' }, hostNetwork: true,
      containers: [{ name: 'kube-proxy', image: 'registry.k8s.io/kube-proxy:v1.32.0', command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'],
        env: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } }],
        volumeMounts: [{ name: 'kube-proxy', mountPath: '/var/lib/kube-proxy' }, { name: 'xtables-lock', mountPath: '/run/xtables.lock' }, { name: 'lib-modules', mountPath: '/lib/modules', readOnly: true }], securityContext: { privileged: true } }],
      volumes: [{ name: 'kube-proxy', configMap: { name: 'kube-proxy', defaultMode: 420 } }, { name: 'xtables-lock', hostPath: { path: '/run/xtables.lock', type: 'FileOrCreate' } }, { name: 'lib-modules', hostPath: { path: '/lib/modules', type: '' } }],
      tolerations: [{ operator: 'Exists' }] } }, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } } },
    status: { currentNumberScheduled: 2, numberMisscheduled: 0, desiredNumberScheduled: 2, numberReady: 2, updatedNumberScheduled: 2, numberAvailable: 2 } });
  add({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'pi', namespace: 'default', uid: 'job-uid-1', creationTimestamp: t(400), labels: { 'batch.kubernetes.io/controller-uid': 'job-uid-1', 'batch.kubernetes.io/job-name': 'pi', 'controller-uid': 'job-uid-1', 'job-name': 'pi' } },
    spec: { parallelism: 1, completions: 1, backoffLimit: 4, completionMode: 'NonIndexed', suspend: false, manualSelector: false, podReplacementPolicy: 'TerminatingOrFailed',
      selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': 'job-uid-1' } },
      template: { metadata: { labels: { 'batch.kubernetes.io/controller-uid': 'job-uid-1', 'batch.kubernetes.io/job-name': 'pi', 'controller-uid': 'job-uid-1', 'job-name': 'pi' } }, spec: { containers: [{ name: 'pi', image: 'perl:5.34.0', command: ['perl', '-Mbignum=bpi', '-wle', 'print bpi(2000)'] }], restartPolicy: 'Never' } } },
    status: { startTime: t(400), completionTime: t(400 - 37), succeeded: 1, ready: 0, terminating: 0, uncountedTerminatedPods: {}, conditions: [{ type: 'Complete', status: 'True' }] } });
  ev('pi.1', 'default', { kind: 'Job', namespace: 'default', name: 'pi', uid: 'job-uid-1', apiVersion: 'batch/v1' }, 'Normal', 'SuccessfulCreate', 'Created pod: pi-bn6vq', { component: 'job-controller' }, 400, 400, 1);
  ev('pi.2', 'default', { kind: 'Job', namespace: 'default', name: 'pi', uid: 'job-uid-1', apiVersion: 'batch/v1' }, 'Normal', 'Completed', 'Job completed', { component: 'job-controller' }, 363, 363, 1);
  add({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'hello', namespace: 'default', uid: 'cj-uid-1', creationTimestamp: t(3600) },
    spec: { schedule: '*/1 * * * *', concurrencyPolicy: 'Allow', suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1,
      jobTemplate: { metadata: {}, spec: { template: { metadata: {}, spec: { containers: [{ name: 'hello', image: 'busybox:1.28', command: ['/bin/sh', '-c', 'date; echo Hello from the Kubernetes cluster'], imagePullPolicy: 'IfNotPresent' }], restartPolicy: 'OnFailure' } } } } },
    status: { lastScheduleTime: t(30), lastSuccessfulTime: t(25), active: [{ kind: 'Job', namespace: 'default', name: 'hello-28934520', uid: 'j1', apiVersion: 'batch/v1' }] } });
  // Edge cases (namespace edge, node02): none of these touch the objects above.
  add({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'noslice', namespace: 'edge', uid: 'svc-uid-e1', creationTimestamp: t(600) },
    spec: { ports: [{ name: 'a', protocol: 'TCP', port: 80, targetPort: 8080 }], selector: { app: 'x' }, clusterIP: '10.96.9.9', clusterIPs: ['10.96.9.9'], type: 'ClusterIP', sessionAffinity: 'ClientIP', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' }, status: { loadBalancer: {} } });
  add({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'noslice', namespace: 'edge', uid: 'ep-uid-e1', creationTimestamp: t(600) },
    subsets: [{ addresses: [{ ip: '10.244.2.1' }, { ip: '10.244.2.2' }, { ip: '10.244.2.3' }, { ip: '10.244.2.4' }, { ip: '10.244.2.5' }], ports: [{ name: 'a', port: 8080, protocol: 'TCP' }] }] });
  add({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'tz', namespace: 'edge', uid: 'cj-uid-e1', creationTimestamp: t(3600) },
    spec: { schedule: '0 3 * * *', timeZone: 'Europe/Paris', concurrencyPolicy: 'Forbid', suspend: true, startingDeadlineSeconds: 200,
      jobTemplate: { metadata: {}, spec: { parallelism: 2, completions: 4, activeDeadlineSeconds: 60, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'busybox' }], restartPolicy: 'Never' } } } } },
    status: {} });
  add({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'term', namespace: 'edge', uid: 'pod-uid-term', creationTimestamp: t(300), deletionTimestamp: t(-25), deletionGracePeriodSeconds: 30 },
    spec: { containers: [{ name: 'c', image: 'busybox', ports: [{ containerPort: 53, hostPort: 53, protocol: 'UDP', name: 'dns' }],
        resources: { limits: { cpu: '1', memory: '1Gi' } }, env: [{ name: 'NODE', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } }, { name: 'CPU', valueFrom: { resourceFieldRef: { resource: 'limits.cpu' } } }, { name: 'LBL', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: "metadata.labels['app']" } } }] }],
      volumes: [{ name: 'p', projected: { sources: [{ secret: { name: 's1' } }, { configMap: { name: 'c1' } }, { downwardAPI: { items: [] } }] } }],
      nodeName: 'node02', tolerations: [{ key: 'k', operator: 'Equal', value: 'v' }, { effect: 'NoSchedule', operator: 'Exists' }] },
    status: { phase: 'Running', hostIP: '192.168.1.4', podIP: '10.244.2.9', podIPs: [{ ip: '10.244.2.9' }], startTime: t(290), reason: 'NodeLost', message: 'node is unreachable',
      containerStatuses: [{ name: 'c', state: { terminated: { exitCode: 2, signal: 9, reason: 'Error', message: 'boom', startedAt: t(200), finishedAt: t(100) } }, ready: false, restartCount: 0, image: 'busybox', imageID: '' }] } });
  add({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'node02', uid: 'node-uid-02', creationTimestamp: t(86400), labels: { 'kubernetes.io/role': 'worker', 'node-role.kubernetes.io/infra': '' } },
    spec: { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: t(60) }, { key: 'dedicated', value: 'gpu', effect: 'NoExecute' }] },
    status: { capacity: { cpu: '4', memory: '8Gi', pods: '110', 'example.com/gpu': '2' }, addresses: [{ type: 'InternalIP', address: '192.168.1.4' }], nodeInfo: { ...nodeInfo('node02', 3), kubeProxyVersion: '' } } });
  return objs;
}
