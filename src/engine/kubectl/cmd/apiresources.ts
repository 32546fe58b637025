// `kubectl api-resources` and `kubectl api-versions`: mirror
// staging/src/k8s.io/kubectl/pkg/cmd/apiresources/{apiresources,apiversions}.go (v1.32),
// reading the lab's discovery table (api/resources.ts) where kubectl asks /api and /apis.
import { apiVersionOf, resources, type ResourceInfo } from '../../api/resources.js';
import { CmdError, UsageError, type Command } from '../command.js';
import { tabify } from '../printers/table/index.js';

/** sort.Stable by group (or name, or kind), ties broken by resource name. */
function sortResources(list: ResourceInfo[], sortBy: string): ResourceInfo[] {
  const key = (r: ResourceInfo) => (sortBy === 'name' ? r.name : sortBy === 'kind' ? r.kind : r.group);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...list].sort((a, b) => cmp(key(a), key(b)) || cmp(a.name, b.name));
}

export const apiResourcesCommand: Command = {
  name: 'api-resources',
  short: 'Print the supported API resources on the server',
  flags: [
    { name: 'api-group', type: 'string', default: '' },
    { name: 'cached', type: 'bool', default: false },
    { name: 'categories', type: 'stringSlice', default: [] },
    { name: 'namespaced', type: 'bool', default: true },
    { name: 'no-headers', type: 'bool', default: false },
    { name: 'output', short: 'o', type: 'string', default: '' },
    { name: 'sort-by', type: 'string', default: '' },
    { name: 'verbs', type: 'stringSlice', default: [] },
  ],
  run: (ctx) => {
    const f = ctx.flags;
    if (f.args.length) throw new UsageError(`unexpected arguments: [${f.args.join(' ')}]`);
    const output = f.string('output');
    if (!['', 'wide', 'name'].includes(output)) throw new CmdError(`--output ${output} is not available`);
    const sortBy = f.string('sort-by');
    if (sortBy && sortBy !== 'name' && sortBy !== 'kind') throw new CmdError('--sort-by accepts only name or kind');
    const verbs = f.strings('verbs');
    const categories = f.strings('categories');
    const selected = resources.filter(
      (r) =>
        r.verbs.length > 0 &&
        (!f.changed('api-group') || r.group === f.string('api-group')) &&
        (!f.changed('namespaced') || r.namespaced === f.bool('namespaced')) &&
        verbs.every((v) => r.verbs.includes(v)) &&
        categories.every((c) => r.categories.includes(c)),
    );
    const sorted = sortResources(selected, sortBy);
    if (output === 'name') {
      ctx.io.stdout(sorted.map((r) => (r.group ? `${r.name}.${r.group}\n` : `${r.name}\n`)).join(''));
      return 0;
    }
    const lines: string[] = [];
    if (!f.bool('no-headers')) {
      lines.push(['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND', ...(output === 'wide' ? ['VERBS', 'CATEGORIES'] : [])].join('\t'));
    }
    for (const r of sorted) {
      const cells = [r.name, r.shortNames.join(','), apiVersionOf(r), String(r.namespaced), r.kind];
      if (output === 'wide') cells.push(r.verbs.join(','), r.categories.join(','));
      lines.push(cells.join('\t'));
    }
    ctx.io.stdout(tabify(lines.map((l) => l + '\n').join('')));
    return 0;
  },
};

export const apiVersionsCommand: Command = {
  name: 'api-versions',
  short: 'Print the supported API versions on the server, in the form of "group/version"',
  flags: [],
  run: (ctx) => {
    if (ctx.flags.args.length) throw new UsageError(`unexpected arguments: [${ctx.flags.args.join(' ')}]`);
    // discovery.GetAPIGroupResources order does not matter: kubectl sorts the strings.
    const versions = [...new Set(resources.map(apiVersionOf))].sort();
    ctx.io.stdout(versions.map((v) => v + '\n').join(''));
    return 0;
  },
};
