// `kubectl config current-context | get-contexts | get-clusters | get-users |
// set-context | use-context`: mirrors staging/src/k8s.io/kubectl/pkg/cmd/config/
// (current_context.go, get_contexts.go, get_clusters.go, get_users.go,
// create_context.go, use_context.go).
import { CmdError, UsageError, type Command } from '../../command.js';
import { tabify } from '../../printers/table/index.js';
import { contextOf, loadKubeconfig } from './kubeconfig.js';
import { saveKubeconfig } from './save.js';

export const currentContextCommand: Command = {
  name: 'current-context',
  short: 'Display the current-context',
  flags: [],
  run: (ctx) => {
    const kc = loadKubeconfig(ctx.io);
    if (!kc.currentContext) throw new CmdError('current-context is not set');
    ctx.io.stdout(kc.currentContext + '\n');
    return 0;
  },
};

export const getContextsCommand: Command = {
  name: 'get-contexts',
  short: 'Describe one or many contexts',
  flags: [
    { name: 'no-headers', type: 'bool', default: false },
    { name: 'output', short: 'o', type: 'string', default: '' },
  ],
  run: (ctx) => {
    const kc = loadKubeconfig(ctx.io);
    const output = ctx.flags.string('output');
    if (output !== '' && output !== 'name') throw new CmdError(`output must be one of '' or 'name': ${output}`);
    const names = ctx.flags.args.length ? ctx.flags.args : kc.contexts.map((c) => c.name).sort();
    const lines: string[] = [];
    if (output === '' && !ctx.flags.bool('no-headers')) lines.push('CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n');
    const missing: string[] = [];
    for (const name of names) {
      const entry = kc.contexts.find((c) => c.name === name);
      if (!entry) {
        missing.push(name);
        continue;
      }
      const c = contextOf(entry);
      if (output === 'name') lines.push(name + '\n');
      else lines.push(`${name === kc.currentContext ? '*' : ''}\t${name}\t${c.cluster ?? ''}\t${c.user ?? ''}\t${c.namespace ?? ''}\n`);
    }
    ctx.io.stdout(output === 'name' ? lines.join('') : tabify(lines.join('')));
    if (missing.length) throw new CmdError(missing.map((m) => `context ${m} not found`).join('\n'));
    return 0;
  },
};

function namesCommand(name: string, short: string, key: 'clusters' | 'users'): Command {
  return {
    name,
    short,
    flags: [],
    run: (ctx) => {
      const kc = loadKubeconfig(ctx.io);
      ctx.io.stdout('NAME\n' + kc[key].map((e) => e.name + '\n').join(''));
      return 0;
    },
  };
}

export const getClustersCommand = namesCommand('get-clusters', 'Display clusters defined in the kubeconfig', 'clusters');
export const getUsersCommand = namesCommand('get-users', 'Display users defined in the kubeconfig', 'users');

export const setContextCommand: Command = {
  name: 'set-context',
  short: 'Set a context entry in kubeconfig',
  flags: [
    { name: 'current', type: 'bool', default: false },
    { name: 'cluster', type: 'string', default: '' },
    { name: 'user', type: 'string', default: '' },
    { name: 'namespace', type: 'string', default: '' },
  ],
  run: (ctx) => {
    const kc = loadKubeconfig(ctx.io);
    const args = ctx.flags.args;
    const current = ctx.flags.bool('current');
    if (args.length > 1) throw new UsageError(`Unexpected args: [${args.join(' ')}]`);
    if (current && args.length) throw new CmdError('you cannot specify both a context name and --current');
    const name = current ? kc.currentContext : (args[0] ?? '');
    if (!name) throw new CmdError('you must specify a non-empty context name or --current');
    let entry = kc.contexts.find((c) => c.name === name);
    const exists = entry !== undefined;
    if (!entry) {
      if (current) throw new CmdError('no current context is set');
      entry = { name, context: {} };
      kc.contexts.push(entry);
    }
    const c = { ...contextOf(entry) } as Record<string, string | undefined>;
    for (const f of ['cluster', 'user', 'namespace']) if (ctx.flags.changed(f)) c[f] = ctx.flags.string(f) || undefined;
    entry.context = c;
    saveKubeconfig(ctx.io, kc);
    ctx.io.stdout(`Context "${name}" ${exists ? 'modified' : 'created'}.\n`);
    return 0;
  },
};

export const useContextCommand: Command = {
  name: 'use-context',
  aliases: ['use'],
  short: 'Set the current-context in a kubeconfig file',
  flags: [],
  run: (ctx) => {
    const kc = loadKubeconfig(ctx.io);
    const name = ctx.flags.args[0] ?? '';
    if (ctx.flags.args.length !== 1) throw new UsageError('Unexpected args: ' + JSON.stringify(ctx.flags.args));
    if (!kc.contexts.some((c) => c.name === name)) throw new CmdError(`no context exists with the name: "${name}"`);
    kc.currentContext = name;
    saveKubeconfig(ctx.io, kc);
    ctx.io.stdout(`Switched to context "${name}".\n`);
    return 0;
  },
};
