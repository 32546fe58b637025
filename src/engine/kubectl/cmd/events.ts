// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/events/{events,event_printer}.go: `kubectl
// events` lists core/v1 Events sorted by their last time (series, lastTimestamp, eventTime),
// as LAST SEEN TYPE REASON OBJECT MESSAGE; --for TYPE/NAME, --types, -A, -w.
import { humanDuration, parseTimestamp } from '../../api/duration.js';
import type { Job } from '../../shell/types.js';
import type { Command, CommandContext } from '../command.js';
import { CmdError } from '../command.js';
import { TabWriter } from '../printers/table/tabwriter.js';
import { mappingFor } from '../util/builder.js';
import { objectPrinter, printFlags } from './shared/print.js';

function since(ts: string | null | undefined, now: number): string {
  const t = parseTimestamp(ts);
  return t === undefined ? '<unknown>' : humanDuration(now - t);
}

/** getInterval: "5s", or "2s (x3 over 10s)" for repeats. */
function interval(e: any, now: number): string {
  const first = e.eventTime ? since(e.eventTime, now) : since(e.firstTimestamp, now);
  if (e.series) return `${since(e.series.lastObservedTime, now)} (x${e.series.count} over ${first})`;
  if ((e.count ?? 0) > 1) return `${since(e.lastTimestamp, now)} (x${e.count} over ${first})`;
  return first;
}

function eventTime(e: any): number {
  return parseTimestamp(e.series?.lastObservedTime) ?? parseTimestamp(e.lastTimestamp) ?? parseTimestamp(e.eventTime) ?? 0;
}

/** Go's ASCII EscapeTerminal is a no-op for printable text; only control characters get escaped. */
function escape(s: unknown): string {
  return String(s ?? '').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (c) => `^${String.fromCharCode(c.charCodeAt(0) + 64)}`);
}

class EventPrinter {
  private headerPrinted = false;
  constructor(
    private readonly noHeaders: boolean,
    private readonly allNamespaces: boolean,
  ) {}

  print(w: TabWriter, events: any[], now: number): void {
    if (!this.noHeaders && !this.headerPrinted) {
      w.write(`${this.allNamespaces ? 'NAMESPACE\t' : ''}LAST SEEN\tTYPE\tREASON\tOBJECT\tMESSAGE\n`);
      this.headerPrinted = true;
    }
    for (const e of events) {
      if (this.allNamespaces) w.write(`${e.metadata?.namespace ?? ''}\t`);
      const obj = e.involvedObject ?? {};
      w.write(`${interval(e, now)}\t${escape(e.type)}\t${escape(e.reason)}\t${escape(obj.kind)}/${escape(obj.name)}\t${escape(String(e.message ?? '').trim())}\n`);
    }
  }
}

function run(ctx: CommandContext): number | Job {
  const f = ctx.flags;
  const allNamespaces = f.bool('all-namespaces');
  let forKind = '';
  let forName = '';
  const forObject = f.string('for');
  if (forObject) {
    if (!forObject.includes('/')) throw new CmdError('--for must be in resource/name form');
    const seg = forObject.split('/');
    if (seg.length !== 2) throw new CmdError('arguments in resource/name form may not have more than one slash');
    forKind = mappingFor(seg[0]!).kind;
    forName = seg[1]!;
  }
  const types = [...new Set(f.strings('types'))].sort();
  for (const t of types) {
    if (t.toLowerCase() !== 'normal' && t.toLowerCase() !== 'warning') throw new CmdError('valid --types are Normal or Warning');
  }
  if (f.args.length) throw new CmdError(`unknown command "${f.args[0]}" for "kubectl events"`);
  const structured = f.string('output') !== '';
  const printer = structured ? objectPrinter(ctx) : undefined;
  const table = new EventPrinter(f.bool('no-headers'), allNamespaces);
  const keep = (e: any) =>
    (!types.length || types.some((t) => t.toLowerCase() === String(e.type ?? '').toLowerCase())) &&
    (!forName || (e.involvedObject?.kind === forKind && e.involvedObject?.name === forName));
  const namespace = allNamespaces ? undefined : ctx.namespace;
  const client = ctx.deps.client;
  const typed = (e: any) => ({ apiVersion: 'v1', kind: 'Event', ...e });

  if (f.bool('watch')) return watchEvents(ctx, namespace, keep, table, printer, typed);

  const items = client.list('', 'events', namespace).items.filter(keep);
  if (!items.length) {
    ctx.io.stderr(allNamespaces ? 'No events found.\n' : `No events found in ${ctx.namespace} namespace.\n`);
    return 0;
  }
  // sort.Sort is not stable; equal times keep list order here
  const sorted = items.map((e: any, i: number) => ({ e, i })).sort((a: any, b: any) => eventTime(a.e) - eventTime(b.e) || a.i - b.i).map((x: any) => x.e);
  if (printer) {
    printer.print({ apiVersion: 'v1', kind: 'EventList', metadata: {}, items: sorted.map(typed) }, '');
    return 0;
  }
  const w = new TabWriter();
  table.print(w, sorted, ctx.io.now());
  ctx.io.stdout(w.flush());
  return 0;
}

/** runWatch: every event the watch delivers (existing ones first), printed and flushed one by one. */
function* watchEvents(
  ctx: CommandContext,
  namespace: string | undefined,
  keep: (e: any) => boolean,
  table: EventPrinter,
  printer: ReturnType<typeof objectPrinter> | undefined,
  typed: (e: any) => any,
): Job {
  const w = new TabWriter();
  const queue: any[] = [];
  const client = ctx.deps.client;
  for (const e of client.list('', 'events', namespace).items) queue.push(e);
  const watch = client.watch('', 'events', namespace, {}, (ev: any) => {
    if (ev.type === 'DELETED') return;
    queue.push(ev.object);
    ctx.io.wake();
  });
  try {
    for (;;) {
      while (queue.length) {
        const e = queue.shift();
        if (!keep(e)) continue;
        if (printer) printer.print(typed(e), '');
        else {
          table.print(w, [e], ctx.io.now());
          ctx.io.stdout(w.flush());
        }
      }
      yield { kind: 'wake' };
    }
  } finally {
    watch.stop();
  }
}

export const eventsCommand: Command = {
  name: 'events',
  short: 'List events',
  flags: [
    { name: 'all-namespaces', short: 'A', type: 'bool', default: false },
    { name: 'watch', short: 'w', type: 'bool', default: false },
    { name: 'for', type: 'string', default: '' },
    { name: 'types', type: 'stringSlice', default: [] },
    { name: 'no-headers', type: 'bool', default: false },
    { name: 'chunk-size', type: 'int', default: 500 },
    ...printFlags,
  ],
  run,
};
