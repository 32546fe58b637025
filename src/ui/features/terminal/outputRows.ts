// Which object each line of terminal output stands for: a row of a `kubectl get`
// table (resource type from the command or a `pod/…` NAME, namespace from a
// NAMESPACE column or -n), an events row (its OBJECT), a `-o name` line, plus
// `type/name` words anywhere. Pure and line-at-a-time, so the terminal indexes
// output once as it is written instead of rescanning on every mouse move.
import type { WatchedResource } from '../../../engine/protocol/index.js';
import type { ObjectRef } from '../inspector/selectionStore.js';

export interface Span {
  start: number;
  end: number;
  ref: ObjectRef;
}

export interface LineRefs {
  /** The object the whole line stands for. */
  row?: ObjectRef;
  /** Other objects named in the line, [start, end) in string indices. */
  spans: Span[];
}

type Kind = WatchedResource | 'events';

const kinds: Record<string, Kind> = {
  po: 'pods',
  pod: 'pods',
  pods: 'pods',
  no: 'nodes',
  node: 'nodes',
  nodes: 'nodes',
  svc: 'services',
  service: 'services',
  services: 'services',
  deploy: 'deployments',
  deployment: 'deployments',
  deployments: 'deployments',
  rs: 'replicasets',
  replicaset: 'replicasets',
  replicasets: 'replicasets',
  sts: 'statefulsets',
  statefulset: 'statefulsets',
  statefulsets: 'statefulsets',
  ds: 'daemonsets',
  daemonset: 'daemonsets',
  daemonsets: 'daemonsets',
  job: 'jobs',
  jobs: 'jobs',
  ns: 'namespaces',
  namespace: 'namespaces',
  namespaces: 'namespaces',
  ev: 'events',
  event: 'events',
  events: 'events',
};

const clusterScoped = new Set<Kind>(['nodes', 'namespaces']);

/** `deployment.apps` → deployments; `events.events.k8s.io` → events; unknown → undefined. */
export function kindOf(type: string): Kind | undefined {
  const plain = type.split('.')[0]!.toLowerCase();
  return Object.hasOwn(kinds, plain) ? kinds[plain] : undefined;
}

const nameRe = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

function refOf(kind: Kind | undefined, name: string, namespace: string | undefined): ObjectRef | undefined {
  if (!kind || kind === 'events' || !nameRe.test(name)) return undefined;
  return clusterScoped.has(kind) ? { resource: kind, name } : { resource: kind, namespace: namespace ?? 'default', name };
}

/** `pod/web-1`, `deployment.apps/web` → the object; anything else → undefined. */
export function typedName(word: string, namespace?: string): ObjectRef | undefined {
  const slash = word.indexOf('/');
  if (slash <= 0) return undefined;
  return refOf(kindOf(word.slice(0, slash)), word.slice(slash + 1), namespace);
}

/** What a kubectl command line tells about the tables it prints. */
export interface GetCommand {
  kinds: (Kind | undefined)[];
  namespace?: string;
  allNamespaces: boolean;
  output?: string;
  noHeaders: boolean;
}

const valueFlags = new Set([
  '-n', '--namespace', '-o', '--output', '-l', '--selector', '-L', '--label-columns', '--field-selector', '--sort-by', '--context', '--cluster', '--user',
  '--kubeconfig', '-f', '--filename', '-c', '--container', '--template', '--chunk-size', '--request-timeout', '-s', '--server', '--token', '--output-watch-events',
]);

/** `kubectl get pods -n kube-system -o wide` and `kubectl top nodes`; other commands print no tables we read. */
export function parseGetCommand(line: string): GetCommand | undefined {
  const words = line.split(/[|;&]/)[0]!.trim().split(/\s+/);
  if (words[0] !== 'kubectl' && words[0] !== 'k') return undefined;
  const cmd: GetCommand = { kinds: [], allNamespaces: false, noHeaders: false };
  const positional: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (!w.startsWith('-') || w === '-') {
      positional.push(w);
      continue;
    }
    const eq = w.indexOf('=');
    let flag = eq > 0 ? w.slice(0, eq) : w;
    let value: string | undefined;
    if (eq > 0) value = w.slice(eq + 1);
    else if (valueFlags.has(flag)) value = words[++i];
    else if (/^-n\S/.test(w)) {
      flag = '-n';
      value = w.slice(2);
    }
    else if (/^-o\S/.test(w)) {
      cmd.output = w.slice(2);
      continue;
    }
    if (flag === '-n' || flag === '--namespace') cmd.namespace = value;
    else if (flag === '-o' || flag === '--output') cmd.output = value;
    else if (flag === '-A' || flag === '--all-namespaces') cmd.allNamespaces = value !== 'false';
    else if (flag === '--no-headers') cmd.noHeaders = value !== 'false';
  }
  if (positional[0] !== 'get' && positional[0] !== 'top') return undefined;
  const types = positional[1];
  if (!types) return undefined;
  cmd.kinds = types.includes('/') ? positional.slice(1).map((t) => kindOf(t.split('/')[0]!)) : types.split(',').map((t) => kindOf(t));
  return cmd;
}

/** The namespace a command line names (`-n demo`, `--namespace=demo`), whatever its verb. */
function namespaceOf(line: string): string | undefined {
  return /(?:^|\s)(?:-n\s*|--namespace[=\s]+)([a-z0-9-]+)/.exec(line)?.[1];
}

interface Column {
  name: string;
  start: number;
}

/** A header row: upper-case column titles two or more spaces apart, one of them NAME or OBJECT. */
export function parseHeader(line: string): Column[] | undefined {
  if (!/^[A-Z]/.test(line)) return undefined;
  const cols: Column[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (!/^[A-Z][A-Z0-9 ()%_/.:-]*$/.test(m[0])) return undefined;
    cols.push({ name: m[0], start: m.index });
  }
  return cols.some((c) => c.name === 'NAME' || c.name === 'OBJECT') ? cols : undefined;
}

/** The prompt line a command was typed on: `controlplane:~$ kubectl get pods`, `/ # ps`. */
const promptRe = /^\S*\s?[$#] (.*)$/;

/** Feed lines in order; each returns the objects the line refers to. */
export class OutputRows {
  private cmd: GetCommand | undefined;
  private header: Column[] | undefined;

  line(text: string): LineRefs {
    const prompt = promptRe.exec(text);
    if (prompt) {
      this.cmd = parseGetCommand(prompt[1]!);
      this.header = this.cmd?.noHeaders ? (this.cmd.allNamespaces ? [{ name: 'NAMESPACE', start: 0 }] : []).concat({ name: 'NAME', start: -1 }) : undefined;
      return { spans: typedSpans(text, namespaceOf(prompt[1]!)) };
    }
    const spans = typedSpans(text, this.cmd?.namespace);
    const cmd = this.cmd;
    if (!cmd) return { spans };
    if (cmd.output === 'name') {
      const row = typedName(text.trim(), cmd.namespace);
      return row ? { row, spans: [] } : { spans };
    }
    if (cmd.output && cmd.output !== 'wide' && !cmd.output.startsWith('custom-columns')) return { spans };
    if (!text.trim()) {
      // `get all` and `get pods,svc` print one table per type, a blank line between.
      if (!cmd.noHeaders) this.header = undefined;
      return { spans };
    }
    const header = parseHeader(text);
    if (header && !cmd.noHeaders) {
      this.header = header;
      return { spans: [] };
    }
    if (!this.header) return { spans };
    return this.row(text, this.header, cmd, spans);
  }

  private row(text: string, header: Column[], cmd: GetCommand, spans: Span[]): LineRefs {
    const cells = cellsOf(text, header);
    const at = (name: string) => cells.get(name);
    const ns = at('NAMESPACE')?.text ?? cmd.namespace;
    let row: ObjectRef | undefined;
    const object = at('OBJECT');
    const name = at('NAME');
    if (object) row = typedName(object.text, ns);
    else if (name) row = name.text.includes('/') ? typedName(name.text, ns) : cmd.kinds.length === 1 ? refOf(cmd.kinds[0], name.text, ns) : undefined;
    if (!row) return { spans };
    const out = spans.filter((s) => s.ref.resource !== row.resource || s.ref.name !== row.name);
    // `-o wide`: the Pod's node is named in its row too.
    const node = row.resource === 'pods' ? at('NODE') : undefined;
    const nodeRef = node && refOf('nodes', node.text, undefined);
    if (node && nodeRef) out.push({ start: node.start, end: node.start + node.text.length, ref: nodeRef });
    return { row, spans: out };
  }
}

/**
 * The cells of a row under the header's columns. A printed table is aligned,
 * so a cell starts where its title does; a row of `get -w` may not be, and
 * then the n-th word is taken (kubectl leaves no cell empty). A header column
 * with start -1 (from --no-headers) is always taken by word.
 */
function cellsOf(text: string, header: Column[]): Map<string, { text: string; start: number }> {
  const words: { text: string; start: number }[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) words.push({ text: m[0], start: m.index });
  const starts = new Set(words.map((w) => w.start));
  const out = new Map<string, { text: string; start: number }>();
  let aligned = true;
  header.forEach((col, i) => {
    aligned &&= col.start >= 0 && starts.has(col.start);
    const w = aligned ? words.find((x) => x.start === col.start) : words[i];
    if (w) out.set(col.name, w);
  });
  return out;
}

/** `deployment.apps/web created`, `pod/web-1 deleted`: typed names anywhere in a line. */
export function typedSpans(text: string, namespace?: string): Span[] {
  const out: Span[] = [];
  const re = /[a-z][a-z0-9.-]*\/[a-z0-9]([-a-z0-9.]*[a-z0-9])?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    if (before && !/[\s"'(]/.test(before)) continue;
    if (after && !/[\s"'),:]/.test(after)) continue;
    const ref = typedName(m[0], namespace);
    if (ref) out.push({ start: m.index, end: m.index + m[0].length, ref });
  }
  return out;
}
