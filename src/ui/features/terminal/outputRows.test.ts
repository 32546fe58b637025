import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { refKey } from '../inspector/selectionStore.js';
import { OutputRows, parseGetCommand, parseHeader } from './outputRows.js';

// A real session (`npx kubelab run`, output as kubectl v1.32 prints it), fed line by line as the terminal does.
const transcript = readFileSync(new URL('./testdata/kubectl-get.txt', import.meta.url), 'utf8').replace(/\n$/, '').split('\n');

function feed(lines: string[]): { command: string; rows: (string | undefined)[]; spans: string[][] }[] {
  const rows = new OutputRows();
  const out: { command: string; rows: (string | undefined)[]; spans: string[][] }[] = [];
  for (const line of lines) {
    const r = rows.line(line);
    const m = /^\S*\$ (.*)$/.exec(line);
    if (m) {
      out.push({ command: m[1]!, rows: [], spans: [] });
      continue;
    }
    const cur = out[out.length - 1];
    if (!cur) continue;
    cur.rows.push(r.row && refKey(r.row));
    cur.spans.push(r.spans.map((s) => `${line.slice(s.start, s.end)}=${refKey(s.ref)}`));
  }
  return out;
}

const sections = feed(transcript);
const section = (command: string) => {
  const s = sections.find((x) => x.command === command);
  if (!s) throw new Error(`no section ${command}`);
  return s;
};

const web = ['pods/default/web-6dc5cd68db-29xfx', 'pods/default/web-6dc5cd68db-l2xj8'];

describe('terminal rows → objects (real kubectl get output)', () => {
  it.each([
    ['kubectl get pods', [undefined, ...web]],
    ['kubectl get pods -o wide', [undefined, ...web]],
    ['kubectl get deploy', [undefined, 'deployments/default/web']],
    ['kubectl get rs', [undefined, 'replicasets/default/web-6dc5cd68db']],
    ['kubectl get nodes', [undefined, 'nodes//controlplane', 'nodes//node01', 'nodes//node02']],
    ['kubectl get nodes -o wide', [undefined, 'nodes//controlplane', 'nodes//node01', 'nodes//node02']],
    ['kubectl get svc', [undefined, 'services/default/kubernetes']],
    [
      'kubectl get all',
      [undefined, ...web, undefined, undefined, 'services/default/kubernetes', undefined, undefined, 'deployments/default/web', undefined, undefined, 'replicasets/default/web-6dc5cd68db'],
    ],
    ['kubectl get pods -o name', web],
    ['kubectl get pods,deploy', [undefined, ...web, undefined, undefined, 'deployments/default/web']],
    ['kubectl get deploy,rs -A', [undefined, 'deployments/kube-system/coredns', undefined, undefined, 'replicasets/kube-system/coredns-7cd8f9754c']],
  ])('%s', (command, expected) => {
    expect(section(command).rows).toEqual(expected);
  });

  it('pods -A and pods -n kube-system: the namespace from the NAMESPACE column or -n', () => {
    const all = section('kubectl get pods -A').rows;
    expect(all).toHaveLength(12);
    expect(all[0]).toBeUndefined();
    expect(all.slice(1, 3)).toEqual(web);
    expect(all[3]).toBe('pods/kube-system/coredns-7cd8f9754c-qhcfx');
    expect(all[11]).toBe('pods/kube-system/kube-scheduler-controlplane');
    expect(section('kubectl get po -n kube-system').rows[6]).toBe('pods/kube-system/kube-proxy-hp44d');
  });

  it('--no-headers -A: NAMESPACE and NAME are the first two words', () => {
    const rows = section('kubectl get pods --no-headers -A').rows;
    expect(rows[0]).toBe('pods/default/crash');
    expect(rows[1]).toBe('pods/kube-system/coredns-7cd8f9754c-qhcfx');
  });

  it('events: the row is its OBJECT; Nodes are cluster-scoped even in `default`', () => {
    const ev = section('kubectl get events').rows;
    expect(ev[0]).toBeUndefined();
    expect(ev[1]).toBe('nodes//controlplane');
    expect(ev).toContain('pods/default/web-6dc5cd68db-29xfx');
    expect(ev).toContain('replicasets/default/web-6dc5cd68db');
    expect(ev[ev.length - 1]).toBe('deployments/default/web');
    const evA = section('kubectl get events -A').rows;
    expect(evA[1]).toBe('nodes//controlplane');
    expect(evA[evA.length - 1]).toBe('deployments/default/web');
  });

  it('-o wide: the NODE cell names the node, also after a RESTARTS cell with spaces', () => {
    const wide = section('kubectl get pods -o wide');
    expect(wide.spans[1]).toEqual(['node02=nodes//node02']);
    const crash = sections.filter((s) => s.command === 'kubectl get pods -o wide')[1]!;
    expect(crash.rows[1]).toBe('pods/default/crash');
    expect(crash.spans[1]).toEqual(['node01=nodes//node01']);
  });

  it('typed names anywhere: `deployment.apps/web created`, `pod/crash created`', () => {
    expect(section('kubectl create deployment web --image=nginx --replicas=2').spans[0]).toEqual(['deployment.apps/web=deployments/default/web']);
    expect(section('kubectl run crash --image=busybox -- sh -c "exit 1"').spans[0]).toEqual(['pod/crash=pods/default/crash']);
  });

  it('typed names in a command line take its namespace', () => {
    const [r] = feed(['controlplane:~$ kubectl delete pod/web-1 -n demo', 'pod "web-1" deleted']);
    expect(new OutputRows().line('controlplane:~$ kubectl delete pod/web-1 -n demo').spans.map((s) => refKey(s.ref))).toEqual(['pods/demo/web-1']);
    expect(r!.rows).toEqual([undefined]);
  });

  it('a `get -w` row not aligned with its header is read word by word', () => {
    const rows = feed([
      'controlplane:~$ kubectl get pods -w -n demo',
      'NAME                   READY   STATUS    RESTARTS   AGE',
      'web-6dc5cd68db-29xfx   1/1     Running   0          20s',
      'web-6dc5cd68db-zzzzz   0/1   Pending   0     0s',
    ]);
    expect(rows[0]!.rows).toEqual([undefined, 'pods/demo/web-6dc5cd68db-29xfx', 'pods/demo/web-6dc5cd68db-zzzzz']);
  });

  it('nothing outside kubectl get tables: describe, yaml, other commands, a new prompt', () => {
    const rows = feed([
      'controlplane:~$ kubectl get pods -o yaml',
      'NAME   x',
      'controlplane:~$ cat pods.txt',
      'NAME                   READY',
      'web-6dc5cd68db-29xfx   1/1',
      'controlplane:~$ kubectl get configmaps',
      'NAME               DATA   AGE',
      'kube-root-ca.crt   1      5m',
    ]);
    expect(rows.flatMap((r) => r.rows).filter(Boolean)).toEqual([]);
  });
});

describe('command and header parsing', () => {
  it('reads kinds, namespace and output from a command line', () => {
    expect(parseGetCommand('kubectl get po -nkube-system -owide')).toMatchObject({ kinds: ['pods'], namespace: 'kube-system', output: 'wide' });
    expect(parseGetCommand('kubectl -n demo get deployment.apps,rs --all-namespaces')).toMatchObject({ kinds: ['deployments', 'replicasets'], namespace: 'demo', allNamespaces: true });
    expect(parseGetCommand('kubectl get pod/web-1 deploy/web')?.kinds).toEqual(['pods', 'deployments']);
    expect(parseGetCommand('kubectl get pods | grep web')?.kinds).toEqual(['pods']);
    expect(parseGetCommand('kubectl describe pod web')).toBeUndefined();
    expect(parseGetCommand('ls -l')).toBeUndefined();
  });
  it('a header has upper-case titles and a NAME or OBJECT column', () => {
    expect(parseHeader('LAST SEEN   TYPE     REASON   OBJECT   MESSAGE')?.map((c) => c.name)).toEqual(['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE']);
    expect(parseHeader('NAME   READY   STATUS   NOMINATED NODE')?.[3]).toEqual({ name: 'NOMINATED NODE', start: 24 });
    expect(parseHeader('No resources found in default namespace.')).toBeUndefined();
    expect(parseHeader('READY   STATUS')).toBeUndefined();
  });
});
