import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../cluster/index.js';
import { execLines } from '../../../cluster/transcript.js';

// A nodeSelector no node matches keeps these Pods Pending now that kubelets run them.
const pod = (name: string, labels?: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, ...(labels ? { labels } : {}) },
  spec: { containers: [{ name: 'c', image: 'nginx' }], nodeSelector: { disktype: 'none' } },
});

function seeded() {
  const cluster = createCluster({ seed: 1 });
  const client = cluster.client('test');
  client.create('', 'pods', 'default', pod('web-10', { app: 'web' }));
  client.create('', 'pods', 'default', pod('web-9', { app: 'web', tier: 'front' }));
  client.create('', 'pods', 'default', pod('db'));
  client.create('', 'configmaps', 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { a: '1' } });
  return cluster;
}

describe('kubectl get', () => {
  it('prints tables, empty messages on stderr and NotFound after found objects', () => {
    const c = seeded();
    expect(execLines(c, 'kubectl get pods')).toBe(
      'NAME     READY   STATUS    RESTARTS   AGE\ndb       0/1     Pending   0          0s\nweb-10   0/1     Pending   0          0s\nweb-9    0/1     Pending   0          0s\n',
    );
    expect(execLines(c, 'kubectl get pods -n kube-public')).toBe('No resources found in kube-public namespace.\n');
    expect(execLines(c, 'kubectl get pv')).toBe('No resources found\n');
    expect(execLines(c, 'kubectl get pods nope db other')).toBe(
      'NAME   READY   STATUS    RESTARTS   AGE\ndb     0/1     Pending   0          0s\n' +
        'Error from server (NotFound): pods "nope" not found\nError from server (NotFound): pods "other" not found\n',
    );
    expect(execLines(c, 'kubectl get pods nope --ignore-not-found; echo rc=$?')).toBe('rc=0\n');
  });

  it('prints one table per type with kind prefixes, and blank lines between them', () => {
    const c = seeded();
    expect(execLines(c, 'kubectl get cm,po -l app=web')).toBe(
      'NAME         READY   STATUS    RESTARTS   AGE\npod/web-10   0/1     Pending   0          0s\npod/web-9    0/1     Pending   0          0s\n',
    );
    expect(execLines(c, 'kubectl get cm/cfg pod/db')).toBe(
      'NAME            DATA   AGE\nconfigmap/cfg   1      0s\n\nNAME     READY   STATUS    RESTARTS   AGE\npod/db   0/1     Pending   0          0s\n',
    );
    expect(execLines(c, 'kubectl get cm/cfg pod/db --no-headers')).toBe('configmap/cfg   1     0s\npod/db   0/1   Pending   0     0s\n');
  });

  it('sorts naturally, shows labels and label columns', () => {
    const c = seeded();
    expect(execLines(c, 'kubectl get pods --sort-by=.metadata.name -L tier --show-labels')).toBe(
      'NAME     READY   STATUS    RESTARTS   AGE   TIER    LABELS\n' +
        'db       0/1     Pending   0          0s            <none>\n' +
        'web-9    0/1     Pending   0          0s    front   app=web,tier=front\n' +
        'web-10   0/1     Pending   0          0s            app=web\n',
    );
    // v1.32 drops a table where no row has the field (kubernetes/kubectl#1343); -o name reports it.
    expect(execLines(c, 'kubectl get pods --sort-by=.metadata.nope')).toBe('No resources found in default namespace.\n');
    expect(execLines(c, 'kubectl get pods -o name --sort-by=.metadata.nope')).toBe(
      'error: couldn\'t find any field with path "{.metadata.nope}" in the list of objects\n',
    );
    expect(execLines(c, 'kubectl get deploy,pods --sort-by=.metadata.name')).toBe(
      'error: couldn\'t find any field with path "{.metadata.name}" in the list of objects\n',
    );
    expect(execLines(c, 'kubectl get pods --sort-by=.metadata.labels')).toBe(
      'F0106 09:05:00.000000    4242 sorter.go:375] Field {.metadata.labels} in [][][]reflect.Value is an unsortable type: interface, err: unsortable type: map[string]interface {}\n',
    );
    expect(execLines(c, 'kubectl get pods -o yaml --show-labels')).toBe('error: --show-labels option cannot be used with yaml printer\n');
  });

  it('prints -o name, jsonpath, custom-columns and Lists', () => {
    const c = seeded();
    expect(execLines(c, 'kubectl get cm,pods -o name -l app=web')).toBe('pod/web-10\npod/web-9\n');
    expect(execLines(c, `kubectl get pods -o jsonpath='{.items[*].metadata.name}'`)).toBe('db web-10 web-9');
    expect(execLines(c, 'kubectl get pods -o custom-columns=NAME:.metadata.name,APP:.metadata.labels.app --sort-by=.metadata.name')).toBe(
      'NAME     APP\ndb       <none>\nweb-9    web\nweb-10   web\n',
    );
    const list = execLines(c, 'kubectl get cm cfg -o yaml; kubectl get cm cfg cfg -o json');
    expect(list).toContain('apiVersion: v1\ndata:\n  a: "1"\nkind: ConfigMap\n');
    expect(list).toMatch(/^\{\n {4}"apiVersion": "v1",\n {4}"items": \[\n/m);
    expect(list).toMatch(/ {4}"kind": "List",\n {4}"metadata": \{\n {8}"resourceVersion": ""\n {4}\}\n\}\n$/);
    expect(execLines(c, 'kubectl get pods -o foo')).toBe(
      'error: unable to match a printer suitable for the output format "foo", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n',
    );
    expect(execLines(c, 'kubectl get pod nope -o yaml')).toBe('Error from server (NotFound): pods "nope" not found\n');
  });

  it('watches: the list, then one row per event aligned with remembered widths, until Ctrl-C', () => {
    const c = seeded();
    const client = c.client('test');
    let out = '';
    const session = c.openShell({ write: (s) => (out += s) });
    out = '';
    session.input('kubectl get pods -w -l app=web');
    c.settle();
    client.create('', 'pods', 'default', pod('web-long-name', { app: 'web' }));
    client.create('', 'pods', 'default', pod('other'));
    c.settle();
    c.clock.advanceTo(c.clock.now() + 65_000);
    client.delete('', 'pods', 'default', 'web-9', { gracePeriodSeconds: 0 });
    c.settle();
    expect(session.busy).toBe(true);
    session.interrupt();
    c.settle();
    expect(session.busy).toBe(false);
    expect(out).toContain(
      'NAME     READY   STATUS    RESTARTS   AGE\n' +
        'web-10   0/1     Pending   0          0s\n' +
        'web-9    0/1     Pending   0          0s\n' +
        // The scheduler's PodScheduled=False status updates arrive as MODIFIED rows.
        'web-10   0/1     Pending   0          0s\n' +
        'web-9    0/1     Pending   0          0s\n' +
        'web-long-name   0/1     Pending   0          0s\n' +
        'web-long-name   0/1     Pending   0          0s\n' +
        'web-9           0/1     Pending   0          65s\n',
    );
  });

  it('reports argument errors as kubectl does', () => {
    const c = seeded();
    expect(execLines(c, 'kubectl get pods pod/db')).toBe(
      "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n",
    );
    expect(execLines(c, 'kubectl get pods db -A')).toBe('error: a resource cannot be retrieved by name across all namespaces\n');
    expect(execLines(c, 'kubectl get pods,cm -w')).toBe('error: you may only specify a single resource type\n');
    expect(execLines(c, 'kubectl get pods --output-watch-events')).toBe(
      "error: --output-watch-events option can only be used with --watch or --watch-only\nSee 'kubectl get -h' for help and examples\n",
    );
  });
});
