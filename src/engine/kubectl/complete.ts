// kubectl's own completion (`kubectl __complete`, cobra's ValidArgsFunction):
// sub-commands, flags (the command's and kubectl's global ones), resource
// types, object names listed from the API in the namespace the line names,
// and values of -n, -o and -f. Mirrors staging/src/k8s.io/kubectl/pkg/util/
// completion/completion.go's ResourceTypeAndNameCompletionFunc in spirit.
import type { Client } from '../client/client.js';
import { resources, type ResourceInfo } from '../api/resources.js';
import type { ArgCompleter } from '../shell/complete.js';
import { commands } from './cmd/index.js';
import type { Command } from './command.js';
import type { FlagSpec } from './flags.js';
import { globalFlags } from './globals.js';

/** Commands whose first argument is a resource type (then names of that type). */
const typeThenName = new Set(['get', 'describe', 'delete', 'edit', 'label', 'annotate', 'patch', 'scale', 'explain', 'status', 'history', 'undo', 'restart', 'pause', 'resume', 'wait']);
/** Commands whose first argument is a Pod name. */
const podFirst = new Set(['logs', 'exec', 'attach', 'port-forward', 'cp']);
const outputFormats = ['json', 'yaml', 'wide', 'name', 'custom-columns=', 'jsonpath=', 'go-template='];

function findResource(word: string): ResourceInfo | undefined {
  const w = word.toLowerCase().split('.')[0]!;
  return resources.find((r) => r.name === w || r.singularName === w || r.shortNames.includes(w) || r.kind.toLowerCase() === w);
}

function flagFor(word: string, specs: readonly FlagSpec[]): FlagSpec | undefined {
  if (word.startsWith('--')) return specs.find((f) => f.name === word.slice(2).split('=')[0]);
  if (word.length === 2 && word.startsWith('-')) return specs.find((f) => f.short === word[1]);
  return undefined;
}

export interface KubectlCompleterDeps {
  /** The client completion lists through (names of objects). */
  client: Client;
  /** The namespace when the line names none (the kubeconfig context's). */
  defaultNamespace(): string;
}

export function kubectlCompleter(deps: KubectlCompleterDeps): ArgCompleter {
  return ({ args, prefix, files }) => {
    let list: readonly Command[] = commands;
    let cmd: Command | undefined;
    const positional: string[] = [];
    let namespace: string | undefined;
    let allNamespaces = false;
    let pendingFlag: FlagSpec | undefined;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      const specs = [...(cmd?.flags ?? []), ...globalFlags];
      if (a.startsWith('-') && a !== '-') {
        const f = flagFor(a, specs);
        if (f?.name === 'all-namespaces') allNamespaces = true;
        if (f && f.type !== 'bool' && !a.includes('=') && f.noOptDefault === undefined) {
          if (i + 1 < args.length) {
            if (f.name === 'namespace') namespace = args[i + 1];
            i++;
          } else pendingFlag = f;
        } else if (f?.name === 'namespace' && a.includes('=')) namespace = a.split('=')[1];
        continue;
      }
      const sub = positional.length === 0 ? list.find((c) => c.name === a || c.aliases?.includes(a)) : undefined;
      if (sub) {
        cmd = sub;
        list = sub.subcommands ?? [];
        continue;
      }
      positional.push(a);
    }
    const match = (items: Iterable<string>) => [...new Set(items)].filter((s) => s.startsWith(prefix)).sort();
    const ns = namespace ?? deps.defaultNamespace();
    const names = (r: ResourceInfo): string[] => {
      try {
        return deps.client.list<{ metadata: { name: string } }>(r.group, r.name, r.namespaced && !allNamespaces ? ns : undefined).items.map((o) => o.metadata.name);
      } catch {
        return [];
      }
    };

    if (pendingFlag) {
      if (pendingFlag.name === 'namespace') return match(names(findResource('namespaces')!));
      if (pendingFlag.name === 'output') return match(outputFormats);
      if (pendingFlag.name === 'filename') return files(prefix);
      return [];
    }
    if (prefix.startsWith('-')) {
      const specs = [...(cmd?.flags ?? []), ...globalFlags];
      const long = specs.map((f) => `--${f.name}${f.type === 'bool' || f.noOptDefault !== undefined ? '' : '='}`);
      const short = prefix.startsWith('--') ? [] : specs.filter((f) => f.short).map((f) => `-${f.short}`);
      return match([...short, ...long]);
    }
    if (positional.length === 0 && list.length) return match(list.map((c) => c.name));
    if (!cmd) return [];
    if (podFirst.has(cmd.name)) return positional.length === 0 ? match(names(findResource('pods')!)) : undefined;
    if (typeThenName.has(cmd.name)) {
      const served = resources.filter((r) => r.verbs.includes('get') && !r.name.includes('/'));
      if (positional.length === 0) {
        const slash = prefix.indexOf('/');
        if (slash > 0) {
          const r = findResource(prefix.slice(0, slash));
          return r ? match(names(r).map((n) => `${prefix.slice(0, slash)}/${n}`)) : [];
        }
        return match(served.map((r) => r.name));
      }
      if (cmd.name === 'explain') return [];
      const r = findResource(positional[0]!.split(',')[0]!);
      return r ? match(names(r)) : [];
    }
    return undefined;
  };
}
