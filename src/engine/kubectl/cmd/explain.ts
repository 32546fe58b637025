// `kubectl explain`: mirrors staging/src/k8s.io/kubectl/pkg/cmd/explain/explain.go
// (v1.32, OpenAPI v3 plaintext output); resource names resolve through the lab's
// discovery table, field documentation comes from explain/schema.ts.
import { resolveType } from '../resolve.js';
import { CmdError, type Command } from '../command.js';
import { explain } from '../explain/render.js';
import { findKind } from '../explain/schema.js';

export const explainCommand: Command = {
  name: 'explain',
  short: 'Get documentation for a resource',
  flags: [
    { name: 'api-version', type: 'string', default: '' },
    { name: 'output', short: 'o', type: 'string', default: 'plaintext' },
    { name: 'recursive', type: 'bool', default: false },
  ],
  run: (ctx) => {
    const args = ctx.flags.args;
    if (args.length === 0) {
      throw new CmdError('You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.');
    }
    if (args.length > 1) throw new CmdError(`We accept only this format: explain RESOURCE`);
    const output = ctx.flags.string('output');
    if (output !== 'plaintext' && output !== 'plaintext-openapiv2') {
      throw new CmdError(`unsupported output format: ${output}`);
    }
    const [resource, ...path] = args[0]!.split('.');
    const info = resolveType(resource!);
    if (!info) throw new CmdError(`the server doesn't have a resource type "${resource}"\n`, 1, true);
    let version = info.version;
    let group = info.group;
    const apiVersion = ctx.flags.string('api-version');
    if (apiVersion) {
      const slash = apiVersion.indexOf('/');
      group = slash < 0 ? '' : apiVersion.slice(0, slash);
      version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
    }
    const kind = findKind(group, info.kind, version);
    if (!kind) throw new CmdError(`couldn't find resource for "${group ? `${group}/` : ''}${version}, Kind=${info.kind}"`);
    const r = explain(kind, path.filter((p) => p !== ''), ctx.flags.bool('recursive'));
    ctx.io.stdout(r.stdout);
    if (r.error) throw new CmdError(r.error);
    return 0;
  },
};
