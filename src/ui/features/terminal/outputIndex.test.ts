import { describe, expect, it } from 'vitest';
import { Terminal } from '@xterm/xterm';
import { OutputIndex } from './outputIndex.js';

// xterm runs unopened in Node: a real buffer, real markers, real wrapping and trimming.
function setup(opts: { cols?: number; rows?: number; scrollback?: number } = {}) {
  const term = new Terminal({ allowProposedApi: true, cols: opts.cols ?? 80, rows: opts.rows ?? 10, scrollback: opts.scrollback ?? 100 });
  const index = new OutputIndex(term);
  const write = (s: string) => new Promise<Set<string>>((r) => term.write(s.replace(/\n/g, '\r\n'), () => r(index.scan())));
  const lineOf = (text: string) => {
    const buf = term.buffer.active;
    for (let y = 0; y < buf.length; y++) if (buf.getLine(y)!.translateToString(true).startsWith(text)) return y;
    return -1;
  };
  return { term, index, write, lineOf };
}

const getPods = `controlplane:~$ kubectl get pods -o wide
NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
web-6dc5cd68db-29xfx   1/1     Running   0          20s   10.244.2.3   node02   <none>           <none>
web-6dc5cd68db-l2xj8   1/1     Running   0          20s   10.244.1.3   node01   <none>           <none>
controlplane:~$ `;

describe('the terminal output index', () => {
  it('marks each row with its object once written; hover finds a row by buffer line', async () => {
    const { index, write, lineOf } = setup({ cols: 120 });
    const added = await write(getPods);
    expect([...added].sort()).toEqual(['nodes//node01', 'nodes//node02', 'pods/default/web-6dc5cd68db-29xfx', 'pods/default/web-6dc5cd68db-l2xj8']);
    expect(index.rowAt(lineOf('web-6dc5cd68db-l2xj8'))).toEqual({ resource: 'pods', namespace: 'default', name: 'web-6dc5cd68db-l2xj8' });
    expect(index.rowAt(lineOf('NAME'))).toBeUndefined();
    // The NODE cell is a name mark, at its cells.
    const [node] = index.marksOf('nodes//node01');
    expect(node).toMatchObject({ x: 71, width: 6 });
    expect(node!.marker.line).toBe(lineOf('web-6dc5cd68db-l2xj8'));
  });

  it('a wrapped row is marked on each of its screen rows; the unfinished prompt line is not read yet', async () => {
    const { index, write, lineOf, term } = setup({ cols: 60 });
    await write(getPods);
    const first = lineOf('web-6dc5cd68db-29xfx');
    expect(term.buffer.active.getLine(first + 1)!.isWrapped).toBe(true);
    expect(index.rowAt(first + 1)?.name).toBe('web-6dc5cd68db-29xfx');
    expect(index.marksOf('pods/default/web-6dc5cd68db-29xfx')).toHaveLength(2);
    // The NODE cell (column 71) lies on the second screen row.
    const node = index.marksOf('nodes//node02')[0]!;
    expect([node.marker.line, node.x, node.width]).toEqual([first + 1, 11, 6]);
    // A row typed later is indexed with what follows it, once finished.
    await write('kubectl get nodes\nNAME     STATUS   ROLES    AGE   VERSION\nnode01   Ready    <none>   5m    v1.32.4\n');
    expect(index.rowAt(lineOf('node01 '))).toEqual({ resource: 'nodes', name: 'node01' });
  });

  it('rows the scrollback drops are forgotten, and nothing is read twice', async () => {
    const { index, write } = setup({ cols: 120, rows: 5, scrollback: 5 });
    await write(getPods);
    expect(index.marksOf('pods/default/web-6dc5cd68db-29xfx')).toHaveLength(1);
    await write('\n'.repeat(20));
    expect(index.marksOf('pods/default/web-6dc5cd68db-29xfx')).toEqual([]);
    expect(index.size).toBe(0);
    await write('kubectl get pods -o name\npod/web-6dc5cd68db-29xfx\n');
    await write('\n');
    expect(index.marksOf('pods/default/web-6dc5cd68db-29xfx')).toHaveLength(1);
  });

  it('Ctrl-L (erase the screen, cursor home) drops the marks of erased rows; reset drops all', async () => {
    const { index, write, lineOf } = setup();
    await write(getPods);
    await write('\x1b[H\x1b[2Jcontrolplane:~$ kubectl get rs\nNAME             DESIRED   CURRENT   READY   AGE\nweb-6dc5cd68db   2         2         2       20s\n');
    expect(index.marksOf('pods/default/web-6dc5cd68db-29xfx')).toEqual([]);
    expect(index.rowAt(lineOf('web-6dc5cd68db '))).toEqual({ resource: 'replicasets', namespace: 'default', name: 'web-6dc5cd68db' });
    index.reset();
    expect(index.size).toBe(0);
    expect(index.rowAt(lineOf('web-6dc5cd68db '))).toBeUndefined();
  });
});
