import { describe, expect, it } from 'vitest';
import { createCluster } from '../cluster/index.js';
import { execLines } from '../cluster/transcript.js';
import { KubeletConnector } from './connector.js';
import { Kubelet } from './kubelet.js';
import { FakeRuntime } from './testing/fakeRuntime.js';

/** A cluster with one extra kubelet, `fake01`, on the fake runtime; Pods are bound to it directly. */
function setup() {
  const c = createCluster({ seed: 1 });
  const runtime = new FakeRuntime(c.clock, '10.244.9.0/24', '192.168.0.99');
  const kubelet = new Kubelet({
    client: c.client('system:node:fake01'),
    clock: c.clock,
    random: c.random,
    node: { name: 'fake01', ip: '192.168.0.99', controlPlane: false, cpu: '2', memory: '4Gi', pods: '110' },
    runtime,
    images: runtime,
    staticPods: [],
  });
  kubelet.start();
  c.api.registerNodeConnector('fake01', new KubeletConnector(kubelet));
  c.settle();
  const pod = (name: string, containers: object[], extra: object = {}) => {
    c.client('test').create('', 'pods', 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { nodeName: 'fake01', containers, ...extra } });
    c.settle();
  };
  return { c, runtime, kubelet, pod };
}

describe('kubectl logs through the kubelet', () => {
  it('prints the container log, with --tail and --timestamps', () => {
    const { c, runtime, pod } = setup();
    pod('web', [{ name: 'nginx', image: 'nginx:1.7.9' }]);
    c.advance(5000);
    const id = runtime.latest('nginx')!.id;
    runtime.log(id, '10.244.9.1 - - "GET / HTTP/1.1" 200 612');
    c.advance(1500);
    runtime.log(id, '10.244.9.1 - - "GET /x HTTP/1.1" 404 168');
    expect(execLines(c, 'kubectl logs web')).toBe('10.244.9.1 - - "GET / HTTP/1.1" 200 612\n10.244.9.1 - - "GET /x HTTP/1.1" 404 168\n');
    expect(execLines(c, 'kubectl logs web --tail=1')).toBe('10.244.9.1 - - "GET /x HTTP/1.1" 404 168\n');
    expect(execLines(c, 'kubectl logs pod/web --timestamps --tail=1')).toBe('2025-01-06T09:05:06.5Z 10.244.9.1 - - "GET /x HTTP/1.1" 404 168\n');
    expect(execLines(c, 'kubectl logs web --since=1s')).toBe('10.244.9.1 - - "GET /x HTTP/1.1" 404 168\n');
  });

  it('answers with the kubelet errors while a container waits, and for --previous', () => {
    const { c, pod } = setup();
    pod('bad', [{ name: 'nginx', image: 'nginx:1.99' }]);
    expect(execLines(c, 'kubectl logs bad')).toBe('Error from server (BadRequest): container "nginx" in pod "bad" is waiting to start: ContainerCreating\n');
    c.advance(2000);
    expect(execLines(c, 'kubectl logs bad')).toBe('Error from server (BadRequest): container "nginx" in pod "bad" is waiting to start: image can\'t be pulled\n');
    c.advance(1000);
    expect(execLines(c, 'kubectl logs bad')).toBe('Error from server (BadRequest): container "nginx" in pod "bad" is waiting to start: trying and failing to pull image\n');
    pod('web', [{ name: 'nginx', image: 'nginx:1.7.9' }]);
    c.advance(5000);
    expect(execLines(c, 'kubectl logs web -p')).toBe('Error from server (BadRequest): previous terminated container "nginx" in pod "web" not found\n');
    expect(execLines(c, 'kubectl logs web -c nope')).toBe('error: container nope is not valid for pod web\n');
    expect(execLines(c, 'kubectl logs')).toBe(
      "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n",
    );
  });

  it('defaults to the first container and says so; --previous reads the last crashed one', () => {
    const { c, runtime, pod } = setup();
    runtime.onStart = (s, cfg) => {
      runtime.log(s.id, `${cfg.name} attempt ${cfg.attempt}`);
      if (cfg.name === 'app') c.clock.setTimeout(() => runtime.exit(s.id, 1), 2000);
    };
    pod('two', [
      { name: 'app', image: 'busybox', imagePullPolicy: 'IfNotPresent' },
      { name: 'side', image: 'busybox', imagePullPolicy: 'IfNotPresent' },
    ]);
    c.advance(6000);
    expect(execLines(c, 'kubectl logs two')).toBe('Defaulted container "app" out of: app, side\napp attempt 1\n');
    expect(execLines(c, 'kubectl logs two -c app --previous')).toBe('app attempt 0\n');
    expect(execLines(c, 'kubectl logs two side')).toBe('side attempt 0\n');
  });

  it('follows with -f on virtual time until the container stops', () => {
    const { c, runtime, pod } = setup();
    pod('web', [{ name: 'nginx', image: 'nginx:1.7.9' }]);
    c.advance(5000);
    const id = runtime.latest('nginx')!.id;
    runtime.log(id, 'first');
    c.clock.setTimeout(() => runtime.log(id, 'second'), 3000);
    c.clock.setTimeout(() => runtime.exit(id, 0), 6000);
    expect(execLines(c, 'kubectl logs -f web')).toBe('first\nsecond\n');
  });
});

describe('kubectl exec through the kubelet', () => {
  it('runs a command and reports a non-zero exit', () => {
    const { c, runtime, pod } = setup();
    runtime.execHandler = (_, cmd) => (cmd[0] === 'false' ? { stdout: '', stderr: '', exitCode: 1 } : { stdout: `${cmd.join(' ')}\n`, stderr: '', exitCode: 0 });
    pod('web', [{ name: 'nginx', image: 'nginx:1.7.9' }]);
    expect(execLines(c, 'kubectl exec web -- ls /')).toBe('error: unable to upgrade connection: container not found ("nginx")\n');
    c.advance(5000);
    expect(execLines(c, 'kubectl exec web -- echo hi')).toBe('echo hi\n');
    expect(execLines(c, 'kubectl exec web -- false; echo $?')).toBe('command terminated with exit code 1\n1\n');
    expect(execLines(c, 'kubectl exec web ls')).toBe("error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n");
    expect(execLines(c, 'kubectl exec nope -- ls')).toBe('Error from server (NotFound): pods "nope" not found\n');
  });
});

describe('a stopped kubelet', () => {
  it('answers logs with the dial error', () => {
    const { c, kubelet, pod } = setup();
    pod('web', [{ name: 'nginx', image: 'nginx:1.7.9' }]);
    c.advance(5000);
    kubelet.stop();
    expect(execLines(c, 'kubectl logs web')).toBe(
      'Error from server: Get "https://192.168.0.99:10250/containerLogs/default/web/nginx": dial tcp 192.168.0.99:10250: connect: connection refused\n',
    );
  });
});
