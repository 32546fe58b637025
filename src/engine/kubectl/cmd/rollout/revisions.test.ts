import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../cluster/index.js';
import { execLines } from '../../../cluster/transcript.js';
import { daemonSetStatus, statefulSetStatus } from './status.js';

const agent = `cat <<EOF > agent.yaml
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels:
      app: agent
  template:
    metadata:
      labels:
        app: agent
    spec:
      containers:
      - name: agent
        image: busybox:1.28
        command: ["sh", "-c", "sleep 3600"]
EOF
kubectl apply -f agent.yaml`;

const web = (strategy: string) => `cat <<EOF > web.yaml
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  replicas: 2
  updateStrategy:
    type: ${strategy}
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
EOF
kubectl apply -f web.yaml`;

const agentTemplate = (image: string) => `Pod Template:
  Labels:\tapp=agent
  Containers:
   agent:
    Image:\t${image}
    Port:\t<none>
    Host Port:\t<none>
    Command:
      sh
      -c
      sleep 3600
    Environment:\t<none>
    Mounts:\t<none>
  Volumes:\t<none>
  Node-Selectors:\t<none>
  Tolerations:\t<none>
`;

describe('kubectl rollout for DaemonSets', () => {
  it('status, history, undo, restart; pause and resume are not supported', () => {
    const c = createCluster({ seed: 3 });
    execLines(c, agent);
    const first = execLines(c, 'kubectl rollout status ds/agent').trim().split('\n');
    expect(first.at(-1)).toBe('daemon set "agent" successfully rolled out');
    execLines(c, 'kubectl set image ds/agent agent=busybox:1.37');
    const roll = execLines(c, 'kubectl rollout status daemonset agent').trim().split('\n');
    expect(roll[0]).toBe('Waiting for daemon set "agent" rollout to finish: 1 out of 2 new pods have been updated...');
    expect(roll).toContain('Waiting for daemon set "agent" rollout to finish: 1 of 2 updated pods are available...');
    expect(roll.at(-1)).toBe('daemon set "agent" successfully rolled out');

    expect(execLines(c, 'kubectl rollout history ds/agent')).toBe('daemonset.apps/agent \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n');
    expect(execLines(c, 'kubectl rollout history ds/agent --revision=1')).toBe(`daemonset.apps/agent with revision #1\n${agentTemplate('busybox:1.28')}\n`);
    expect(execLines(c, 'kubectl rollout history ds/agent --revision=3')).toBe('error: unable to find the specified revision\n');
    expect(execLines(c, 'kubectl rollout history ds/agent --revision=-1')).toBe('error: revision must be a positive integer: -1\n');
    expect(execLines(c, 'kubectl rollout history ds/agent -o name')).toBe('daemonset.apps/agent\ndaemonset.apps/agent\n');
    expect(execLines(c, "kubectl rollout history ds/agent --revision=1 -o jsonpath='{.spec.template.spec.containers[0].image}'")).toBe('busybox:1.28');

    expect(execLines(c, 'kubectl rollout undo ds/agent --dry-run=client')).toBe(`daemonset.apps/agent will roll back to ${agentTemplate('busybox:1.28')} (dry run)\n`);
    expect(execLines(c, 'kubectl rollout undo ds/agent --dry-run=server')).toBe('daemonset.apps/agent rolled back (server dry run)\n');
    expect(execLines(c, 'kubectl rollout undo ds/agent --to-revision=2')).toBe('daemonset.apps/agent skipped rollback (current template already matches revision 2)\n');
    expect(execLines(c, 'kubectl rollout undo ds/agent --to-revision=5')).toBe('error: unable to find specified revision 5 in history\n');
    expect(execLines(c, 'kubectl rollout undo ds/agent')).toBe('daemonset.apps/agent rolled back\n');
    expect(execLines(c, 'kubectl rollout status ds/agent --watch=false')).toBe('Waiting for daemon set "agent" rollout to finish: 1 out of 2 new pods have been updated...\n');
    expect(execLines(c, 'kubectl rollout status ds/agent').trim().split('\n').at(-1)).toBe('daemon set "agent" successfully rolled out');
    // The old revision is renumbered: 1 becomes 3.
    expect(execLines(c, 'kubectl rollout history ds/agent')).toBe('daemonset.apps/agent \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n');
    expect(execLines(c, "kubectl get ds agent -o jsonpath='{.spec.template.spec.containers[0].image}'")).toBe('busybox:1.28');

    expect(execLines(c, 'kubectl rollout restart ds/agent')).toBe('daemonset.apps/agent restarted\n');
    expect(execLines(c, "kubectl get ds agent -o jsonpath='{.spec.template.metadata.annotations}'")).toMatch(/^\{"kubectl.kubernetes.io\/restartedAt":"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ"\}$/);
    expect(execLines(c, 'kubectl rollout pause ds/agent')).toBe('error: daemonsets.apps "agent" pausing is not supported\n');
    expect(execLines(c, 'kubectl rollout resume ds/agent')).toBe('error: daemonsets.apps "agent" resuming is not supported\n');
    expect(execLines(c, 'kubectl rollout status ds/kube-proxy -n kube-system')).toBe('daemon set "kube-proxy" successfully rolled out\n');
  });

  it('errors on an OnDelete DaemonSet and with a single revision', () => {
    const c = createCluster({ seed: 3 });
    execLines(c, `${agent}\nkubectl patch ds agent -p '{"spec":{"updateStrategy":{"type":"OnDelete","rollingUpdate":null}}}'`);
    expect(execLines(c, 'kubectl rollout status ds/agent')).toBe('error: rollout status is only available for RollingUpdate strategy type\n');
    expect(execLines(c, 'kubectl rollout undo ds/agent')).toBe('error: no last revision to roll back to\n');
    expect(execLines(c, 'kubectl rollout history ds/nope')).toBe('Error from server (NotFound): daemonsets.apps "nope" not found\n');
    expect(execLines(c, 'kubectl rollout pause ds/agent ds/kube-proxy -n kube-system')).toBe(
      'Error from server (NotFound): daemonsets.apps "agent" not found\nerror: daemonsets.apps "kube-proxy" pausing is not supported\n',
    );
  });
});

describe('kubectl rollout for StatefulSets', () => {
  it('status through a rolling update, history with change-cause, undo, restart', () => {
    const c = createCluster({ seed: 3 });
    execLines(c, web('RollingUpdate'));
    const first = execLines(c, 'kubectl rollout status sts/web').trim().split('\n');
    expect(first[0]).toBe('Waiting for 2 pods to be ready...');
    expect(first.at(-1)).toBe('partitioned roll out complete: 2 new pods have been updated...');
    execLines(c, 'kubectl annotate sts web kubernetes.io/change-cause="nginx 1.27"\nkubectl set image sts/web nginx=nginx:1.27');
    const roll = execLines(c, 'kubectl rollout status statefulset/web').trim().split('\n');
    expect(roll).toContain('Waiting for partitioned roll out to finish: 1 out of 2 new pods have been updated...');
    expect(roll.at(-1)).toBe('partitioned roll out complete: 2 new pods have been updated...');
    expect(execLines(c, 'kubectl rollout history sts/web')).toBe('statefulset.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         nginx 1.27\n\n');
    expect(execLines(c, 'kubectl rollout history sts/web --revision=1')).toBe(
      'statefulset.apps/web with revision #1\nPod Template:\n  Labels:\tapp=web\n  Containers:\n   nginx:\n    Image:\tnginx:1.25\n    Port:\t<none>\n    Host Port:\t<none>\n    Environment:\t<none>\n    Mounts:\t<none>\n  Volumes:\t<none>\n  Node-Selectors:\t<none>\n  Tolerations:\t<none>\n\n',
    );
    expect(execLines(c, 'kubectl rollout undo sts/web --to-revision=7')).toBe('error: unable to find specified revision 7 in history\n');
    expect(execLines(c, 'kubectl rollout undo sts/web --to-revision=2')).toBe('statefulset.apps/web skipped rollback (current template already matches revision 2)\n');
    expect(execLines(c, 'kubectl rollout undo sts/web')).toBe('statefulset.apps/web rolled back\n');
    expect(execLines(c, 'kubectl rollout status sts/web').trim().split('\n').at(-1)).toBe('partitioned roll out complete: 2 new pods have been updated...');
    expect(execLines(c, 'kubectl rollout history sts/web')).toBe('statefulset.apps/web \nREVISION  CHANGE-CAUSE\n2         nginx 1.27\n3         <none>\n\n');
    expect(execLines(c, 'kubectl rollout restart sts/web')).toBe('statefulset.apps/web restarted\n');
    expect(execLines(c, 'kubectl rollout resume sts/web')).toBe('error: statefulsets.apps "web" resuming is not supported\n');
    expect(execLines(c, 'kubectl rollout status sts/web').trim().split('\n').at(-1)).toBe('partitioned roll out complete: 2 new pods have been updated...');
    execLines(c, 'kubectl set image sts/web nginx=nginx:no-such-tag');
    const t0 = c.clock.now();
    expect(execLines(c, 'kubectl rollout status sts/web --timeout=60s')).toMatch(/^Waiting for 1 pods to be ready...\n(.*\n)*error: timed out waiting for the condition\n$/);
    expect(c.clock.now() - t0).toBe(60_000);
  });

  it('OnDelete has no rollout status', () => {
    const c = createCluster({ seed: 3 });
    execLines(c, web('OnDelete'));
    expect(execLines(c, 'kubectl rollout status sts/web')).toBe('error: rollout status is only available for RollingUpdate strategy type\n');
  });
});

describe('the status viewers', () => {
  const ds = (gen: number, s: Record<string, number>, type = 'RollingUpdate') => ({ metadata: { name: 'd', generation: gen }, spec: { updateStrategy: { type } }, status: { observedGeneration: 1, ...s } }) as any;
  it('DaemonSetStatusViewer', () => {
    expect(daemonSetStatus(ds(2, {}))).toEqual({ text: 'Waiting for daemon set spec update to be observed...\n', done: false });
    expect(daemonSetStatus(ds(1, { desiredNumberScheduled: 3, updatedNumberScheduled: 1 })).text).toBe('Waiting for daemon set "d" rollout to finish: 1 out of 3 new pods have been updated...\n');
    expect(daemonSetStatus(ds(1, { desiredNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 2 })).text).toBe('Waiting for daemon set "d" rollout to finish: 2 of 3 updated pods are available...\n');
    expect(daemonSetStatus(ds(1, { desiredNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 3 }))).toEqual({ text: 'daemon set "d" successfully rolled out\n', done: true });
    expect(() => daemonSetStatus(ds(1, {}, 'OnDelete'))).toThrow('rollout status is only available for RollingUpdate strategy type');
  });

  const sts = (gen: number, replicas: number, s: Record<string, unknown>, rollingUpdate?: { partition?: number }) =>
    ({ metadata: { name: 'w', generation: gen }, spec: { replicas, updateStrategy: { type: 'RollingUpdate', rollingUpdate } }, status: { observedGeneration: 1, ...s } }) as any;
  it('StatefulSetStatusViewer', () => {
    expect(statefulSetStatus(sts(2, 3, {})).text).toBe('Waiting for statefulset spec update to be observed...\n');
    expect(statefulSetStatus({ ...sts(1, 3, {}), status: {} }).text).toBe('Waiting for statefulset spec update to be observed...\n');
    expect(statefulSetStatus(sts(1, 3, { readyReplicas: 1 })).text).toBe('Waiting for 2 pods to be ready...\n');
    expect(statefulSetStatus(sts(1, 3, { readyReplicas: 3, updatedReplicas: 1 }, { partition: 1 })).text).toBe('Waiting for partitioned roll out to finish: 1 out of 2 new pods have been updated...\n');
    expect(statefulSetStatus(sts(1, 3, { readyReplicas: 3, updatedReplicas: 2 }, { partition: 1 }))).toEqual({ text: 'partitioned roll out complete: 2 new pods have been updated...\n', done: true });
    expect(statefulSetStatus(sts(1, 3, { readyReplicas: 3, updatedReplicas: 1, updateRevision: 'w-2', currentRevision: 'w-1' })).text).toBe('waiting for statefulset rolling update to complete 1 pods at revision w-2...\n');
    expect(statefulSetStatus(sts(1, 3, { readyReplicas: 3, currentReplicas: 3, updateRevision: 'w-2', currentRevision: 'w-2' }))).toEqual({ text: 'statefulset rolling update complete 3 pods at revision w-2...\n', done: true });
  });
});
