import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../cluster/index.js';
import { execLines } from '../../../cluster/transcript.js';
import { startPodReadyMarker } from '../../../controllers/testing/podready.js';
import { deploymentStatus } from './status.js';

function lab() {
  const c = createCluster({ seed: 3 });
  startPodReadyMarker(c.client('kubelet-stand-in'), c.clock, { delayMs: 3000 });
  return c;
}

const setImage = `kubectl patch deployment nginx-deployment -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.9.1"}]}}}}'`;

describe('kubectl rollout', () => {
  it('status waits on virtual time and prints the progress lines', () => {
    const c = lab();
    execLines(c, 'kubectl create deployment nginx-deployment --image=nginx:1.7.9 --replicas=2');
    const out = execLines(c, 'kubectl rollout status deployment/nginx-deployment');
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('Waiting for deployment "nginx-deployment" rollout to finish: 0 of 2 updated replicas are available...');
    expect(lines.at(-1)).toBe('deployment "nginx-deployment" successfully rolled out');
    execLines(c, setImage);
    const roll = execLines(c, 'kubectl rollout status deploy nginx-deployment').trim().split('\n');
    expect(roll).toContain('Waiting for deployment "nginx-deployment" rollout to finish: 1 out of 2 new replicas have been updated...');
    expect(roll).toContain('Waiting for deployment "nginx-deployment" rollout to finish: 1 old replicas are pending termination...');
    expect(roll.at(-1)).toBe('deployment "nginx-deployment" successfully rolled out');
  });

  it('history, undo, --to-revision and their errors', () => {
    const c = lab();
    execLines(c, 'kubectl create deployment nginx-deployment --image=nginx:1.7.9 --replicas=2\nsleep 10');
    execLines(c, `${setImage}\nkubectl annotate deployment nginx-deployment kubernetes.io/change-cause="image 1.9.1"\nsleep 30`);
    expect(execLines(c, 'kubectl rollout history deployment/nginx-deployment')).toBe(
      'deployment.apps/nginx-deployment \nREVISION  CHANGE-CAUSE\n1         <none>\n2         image 1.9.1\n\n',
    );
    expect(execLines(c, 'kubectl rollout undo deployment/nginx-deployment --to-revision=5')).toBe('error: unable to find specified revision 5 in history\n');
    expect(execLines(c, 'kubectl rollout undo deployment/nginx-deployment --to-revision=2')).toBe(
      'deployment.apps/nginx-deployment skipped rollback (current template already matches revision 2)\n',
    );
    expect(execLines(c, 'kubectl rollout undo deployment/nginx-deployment')).toBe('deployment.apps/nginx-deployment rolled back\n');
    execLines(c, 'sleep 30');
    expect(execLines(c, 'kubectl rollout history deployment/nginx-deployment')).toBe(
      'deployment.apps/nginx-deployment \nREVISION  CHANGE-CAUSE\n2         image 1.9.1\n3         <none>\n\n',
    );
    expect(execLines(c, "kubectl get deploy nginx-deployment -o jsonpath='{.spec.template.spec.containers[0].image}'")).toBe('nginx:1.7.9');
  });

  it('pause, resume, restart', () => {
    const c = lab();
    execLines(c, 'kubectl create deployment nginx-deployment --image=nginx:1.7.9\nsleep 10');
    expect(execLines(c, 'kubectl rollout pause deployment/nginx-deployment')).toBe('deployment.apps/nginx-deployment paused\n');
    expect(execLines(c, 'kubectl rollout pause deployment/nginx-deployment')).toBe('error: deployments.apps "nginx-deployment" is already paused\n');
    expect(execLines(c, 'kubectl rollout undo deployment/nginx-deployment')).toBe('error: no rollout history found for deployment "nginx-deployment"\n');
    expect(execLines(c, 'kubectl rollout resume deployment/nginx-deployment')).toBe('deployment.apps/nginx-deployment resumed\n');
    expect(execLines(c, 'kubectl rollout resume deployment/nginx-deployment')).toBe('error: deployments.apps "nginx-deployment" is not paused\n');
    expect(execLines(c, 'kubectl rollout restart deployment/nginx-deployment')).toBe('deployment.apps/nginx-deployment restarted\n');
    expect(execLines(c, 'kubectl rollout restart deployment/nginx-deployment')).toMatch(/^error: failed to create patch for nginx-deployment: if restart has already been triggered/);
    expect(execLines(c, "kubectl get deploy nginx-deployment -o jsonpath='{.spec.template.metadata.annotations}'")).toMatch(/kubectl.kubernetes.io\/restartedAt/);
    expect(execLines(c, 'kubectl rollout status')).toBe('error: required resource not specified\n');
    expect(execLines(c, 'kubectl rollout status deploy/nginx-deployment --revision=-1')).toBe('error: revision must be a positive integer: -1\n');
  });

  it('--timeout and --watch=false', () => {
    const c = createCluster({ seed: 3 });
    execLines(c, 'kubectl create deployment web --image=nginx');
    expect(execLines(c, 'kubectl rollout status deployment/web --watch=false')).toBe('Waiting for deployment "web" rollout to finish: 0 of 1 updated replicas are available...\n');
    const t0 = c.clock.now();
    expect(execLines(c, 'kubectl rollout status deployment/web --timeout=5s')).toMatch(/error: timed out waiting for the condition\n$/);
    expect(c.clock.now() - t0).toBe(5000);
  });

  it('the status viewer as DeploymentStatusViewer', () => {
    const d = (gen: number, spec: number, s: Record<string, unknown>) => ({ metadata: { name: 'd', generation: gen }, spec: { replicas: spec }, status: { observedGeneration: 1, ...s } }) as any;
    expect(deploymentStatus(d(2, 2, {}), 0).text).toBe('Waiting for deployment spec update to be observed...\n');
    expect(deploymentStatus(d(1, 3, { updatedReplicas: 1 }), 0).text).toMatch(/1 out of 3 new replicas have been updated/);
    expect(deploymentStatus(d(1, 2, { updatedReplicas: 2, replicas: 3 }), 0).text).toMatch(/1 old replicas are pending termination/);
    expect(deploymentStatus(d(1, 2, { updatedReplicas: 2, replicas: 2, availableReplicas: 1 }), 0).text).toMatch(/1 of 2 updated replicas are available/);
    expect(deploymentStatus(d(1, 2, { updatedReplicas: 2, replicas: 2, availableReplicas: 2 }), 0)).toEqual({ text: 'deployment "d" successfully rolled out\n', done: true });
    expect(() => deploymentStatus(d(1, 2, { conditions: [{ type: 'Progressing', reason: 'ProgressDeadlineExceeded' }] }), 0)).toThrow('deployment "d" exceeded its progress deadline');
  });
});
