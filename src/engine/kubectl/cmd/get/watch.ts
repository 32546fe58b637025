// Mirrors get.go's watch(): list (or get) once, print, then watch from the list's
// resourceVersion and print each event as it comes, through one tabwriter that
// remembers column widths across flushes, until Ctrl-C. --watch-only skips the
// first print; --output-watch-events adds an EVENT column (or wraps objects).
import type { WatchEvent } from '../../../apiserver/types.js';
import type { ProcessIO, Job } from '../../../shell/types.js';
import { toYAML } from '../../../api/yaml.js';
import type { KubectlDeps } from '../../command.js';
import { CmdError } from '../../command.js';
import { decorateTable, tableFor, tableText, TabWriter } from '../../printers/table/index.js';
import { printCustomColumns } from '../../printers/customcolumns.js';
import { executeJsonPath } from '../../printers/jsonpath.js';
import { printName } from '../../printers/name.js';
import { listSelector, planResources, visitResources, type BuilderOptions } from '../../util/builder.js';
import { omitManagedFields, toSortedJSON, type OutputFormat } from './output.js';

export interface WatchOptions {
  format: OutputFormat;
  watchOnly: boolean;
  outputWatchEvents: boolean;
  noHeaders: boolean;
  showKind: boolean;
  showLabels: boolean;
  labelColumns: string[];
  allNamespaces: boolean;
  showManagedFields: boolean;
}

/** The printer state that lives for the whole watch (headers once, YAML separators, widths). */
class WatchPrinter {
  private readonly w = new TabWriter();
  private printedHeaders = false;
  private count = 0;

  constructor(
    private readonly deps: KubectlDeps,
    private readonly io: ProcessIO,
    private readonly resource: { name: string; group: string; kind: string; namespaced: boolean },
    private readonly o: WatchOptions,
  ) {}

  print(obj: any, eventType: string | undefined): void {
    const f = this.o.format;
    const shown = this.o.showManagedFields ? obj : omitManagedFields(obj);
    const wrapped = eventType ? { type: eventType, object: shown } : shown;
    switch (f.kind) {
      case 'human': {
        const table = decorateTable(tableFor(this.resource.name), [obj], {
          nowMs: this.deps.clock.now(),
          withNamespace: this.o.allNamespaces && this.resource.namespaced,
          withKind: this.o.showKind,
          kind: { group: this.resource.group, kind: this.resource.kind },
          showLabels: this.o.showLabels,
          labelColumns: this.o.labelColumns,
        });
        if (eventType) {
          table.columns.unshift({ name: 'Event', type: 'string', priority: 0 });
          for (const row of table.rows) row.unshift(eventType);
        }
        const noHeaders = this.o.noHeaders || this.printedHeaders;
        this.printedHeaders = true;
        this.w.write(tableText(table, { wide: f.wide, noHeaders }));
        return;
      }
      case 'yaml':
        if (++this.count > 1) this.io.stdout('---\n');
        this.io.stdout(toYAML(wrapped));
        return;
      case 'json':
        this.io.stdout(eventType ? eventJSON(eventType, shown) : toSortedJSON(shown));
        return;
      case 'name':
        this.io.stdout(printName(obj));
        return;
      case 'jsonpath':
        try {
          this.io.stdout(executeJsonPath(f.template, wrapped));
        } catch (e) {
          throw new CmdError(`error: ${(e as Error).message}`, 1, true);
        }
        return;
      case 'custom-columns': {
        const text = printCustomColumns(f.columns, [wrapped], { noHeaders: this.o.noHeaders || this.printedHeaders });
        this.printedHeaders = true;
        this.io.stdout(text);
        return;
      }
    }
  }

  flush(): void {
    const s = this.w.flush();
    if (s) this.io.stdout(s);
  }
}

/** metav1.WatchEvent as JSON: a struct, so "type" before "object"; the object's keys sorted. */
function eventJSON(type: string, obj: unknown): string {
  const inner = toSortedJSON(obj).trimEnd().replace(/\n/g, '\n    ');
  return `{\n    "type": ${JSON.stringify(type)},\n    "object": ${inner}\n}\n`;
}

export function runWatch(deps: KubectlDeps, io: ProcessIO, builder: BuilderOptions, o: WatchOptions): Job | number {
  const plan = planResources(io, { ...builder, singleResourceType: true });
  const visited = visitResources(deps.client, plan, { latest: true });
  if (visited.errors.length) throw visited.errors[0];
  const infos = visited.visited.map((i) => plan.sources[i]!);
  if (new Set(infos.map((s) => s.info)).size > 1) {
    throw new CmdError('watch is only supported on individual resources and resource collections - more than 1 resource was found');
  }
  const source = infos[0];
  if (!source) return 0;
  const info = source.info;
  const printer = new WatchPrinter(deps, io, info, o);

  // A list is watched from its resourceVersion; a single object by name from "now".
  let rv: string;
  let fieldSelector = '';
  let labelSelector = '';
  const initial = visited.items.map((i) => i.object);
  if (source.kind === 'selector') {
    rv = visited.listResourceVersions.get(visited.visited[0]!)!;
    fieldSelector = source.fieldSelector;
    labelSelector = source.labelSelector;
  } else {
    const name = initial[0]?.metadata?.name ?? '';
    fieldSelector = `metadata.name=${name}`;
    rv = listSelector(deps.client, { kind: 'selector', info, namespace: source.namespace, labelSelector: '', fieldSelector }).metadata.resourceVersion;
  }
  if (!o.watchOnly) {
    for (const obj of initial) printer.print(obj, o.outputWatchEvents ? 'ADDED' : undefined);
    printer.flush();
  }

  const queue: WatchEvent[] = [];
  const ns = info.namespaced && source.namespace ? source.namespace : undefined;
  const handle = deps.client.watch(
    info.group,
    info.name,
    ns,
    { resourceVersion: rv, ...(labelSelector ? { labelSelector } : {}), ...(fieldSelector ? { fieldSelector } : {}) },
    (e) => {
      queue.push(e);
      io.wake();
    },
  );
  return (function* (): Job {
    try {
      for (;;) {
        yield { kind: 'wake' };
        while (queue.length) {
          const e = queue.shift()!;
          if (e.type !== 'ADDED' && e.type !== 'MODIFIED' && e.type !== 'DELETED') continue;
          printer.print(e.object, o.outputWatchEvents ? e.type : undefined);
          printer.flush();
        }
      }
    } finally {
      handle.stop();
    }
  })();
}
