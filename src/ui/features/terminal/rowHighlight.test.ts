import { describe, expect, it, vi } from 'vitest';
import { Terminal } from '@xterm/xterm';
import { OutputIndex } from './outputIndex.js';
import { RowHighlight } from './rowHighlight.js';

const out = `controlplane:~$ kubectl get pods -o wide
NAME    READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
web-a   1/1     Running   0          20s   10.244.2.3   node02   <none>           <none>
web-b   1/1     Running   0          20s   10.244.1.3   node01   <none>           <none>
controlplane:~$ kubectl get nodes
NAME     STATUS   ROLES    AGE   VERSION
node01   Ready    <none>   5m    v1.32.4
controlplane:~$ `;

async function setup() {
  const term = new Terminal({ allowProposedApi: true, cols: 120, rows: 12 });
  const index = new OutputIndex(term);
  await new Promise<void>((r) => term.write(out.replace(/\n/g, '\r\n'), r));
  index.scan();
  const register = vi.spyOn(term, 'registerDecoration');
  return { term, index, register, highlight: new RowHighlight(term, index) };
}

const node01 = { resource: 'nodes' as const, name: 'node01' };
const webB = { resource: 'pods' as const, namespace: 'default', name: 'web-b' };

describe('terminal row highlight', () => {
  it('decorates every row and name of the hovered object: the whole row, or the name cells', async () => {
    const { register, highlight } = await setup();
    highlight.show(node01, undefined);
    const opts = register.mock.calls.map(([o]) => [o.x, o.width]);
    expect(opts).toEqual([
      [56, 6], // the NODE cell of web-b's row
      [0, 120], // node01's row of `get nodes`
    ]);
  });

  it('does nothing again for the same objects; the selected object is decorated too, once when also hovered', async () => {
    const { register, highlight } = await setup();
    highlight.show(webB, undefined);
    highlight.show({ ...webB }, undefined);
    expect(register).toHaveBeenCalledTimes(1);
    highlight.show(webB, webB);
    expect(register).toHaveBeenCalledTimes(2);
    highlight.show(node01, webB);
    expect(register).toHaveBeenCalledTimes(5);
  });

  it('new output of a lit object is lit as it arrives; clear removes every decoration', async () => {
    const { term, index, register, highlight } = await setup();
    highlight.show(webB, undefined);
    await new Promise<void>((r) => term.write('kubectl get pods -o name\r\npod/web-b\r\n', r));
    highlight.added(index.scan(), webB, undefined);
    expect(register).toHaveBeenCalledTimes(1 + 2);
    const decorations = register.mock.results.map((r) => r.value!);
    highlight.clear();
    expect(decorations.slice(1).every((d) => d.isDisposed)).toBe(true);
  });
});
