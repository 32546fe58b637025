// What the `kubectl create <generator>` sub-commands share (create.go's CreateSubcommandOptions):
// exactly one NAME, the namespace set only when -n was given, send-or-print with
// --dry-run and -o, and cobra's required-flag failure as klog prints it.
import type { ResourceInfo } from '../../../api/resources.js';
import { resourceFor } from '../../../api/resources.js';
import type { CommandContext } from '../../command.js';
import { StatusError } from '../../../api/errors.js';
import { CmdError, UsageError } from '../../command.js';
import { marshalJSON } from '../../../api/yaml.js';
import { lastAppliedAnnotation } from '../shared/lastApplied.js';
import { dryRunStrategy, objectPrinter, withDryRun } from '../shared/print.js';

export function oneName(ctx: CommandContext): string {
  const args = ctx.flags.argsLenAtDash >= 0 ? ctx.flags.args.slice(0, ctx.flags.argsLenAtDash) : ctx.flags.args;
  if (args.length !== 1) throw new UsageError(`exactly one NAME is required, got ${args.length}`);
  return args[0]!;
}

/** Arguments after `--` (the container command). */
export function dashArgs(ctx: CommandContext): string[] {
  return ctx.flags.argsLenAtDash >= 0 ? ctx.flags.args.slice(ctx.flags.argsLenAtDash) : [];
}

/** ObjectMeta in Go field order: name, namespace (only with -n), creationTimestamp, labels. */
export function meta(ctx: CommandContext, name: string, labels?: Record<string, string>): any {
  return {
    name,
    ...(ctx.explicitNamespace ? { namespace: ctx.namespace } : {}),
    creationTimestamp: null,
    ...(labels ? { labels } : {}),
  };
}

/** cobra's MarkFlagRequired failure: `error: required flag(s) "a", "b" not set` (names sorted). */
export function requireFlag(ctx: CommandContext, ...names: string[]): void {
  const missing = names.filter((n) => !ctx.flags.changed(n)).sort();
  if (!missing.length) return;
  throw new CmdError(`required flag(s) "${missing.join('", "')}" not set`);
}

export interface SendOptions {
  /** Most generators wrap the server's error (`failed to create deployment: <message>`, create_deployment.go); namespace does not. */
  failedTo?: string;
  /** create_service.go never reads --save-config (its Complete skips CreateAnnotation). */
  ignoreSaveConfig?: boolean;
}

/** Create (or print, with --dry-run=client) a generated object, then print it. */
export function sendGenerated(ctx: CommandContext, group: string, resource: string, obj: any, opts: SendOptions = {}): number {
  const { failedTo } = opts;
  const info: ResourceInfo = resourceFor(group, resource)!;
  const dryRun = dryRunStrategy(ctx);
  const printer = objectPrinter(ctx);
  let out = obj;
  if (ctx.flags.bool('save-config') && !opts.ignoreSaveConfig) {
    // CreateOrUpdateAnnotation with the typed encoder: the object in Go field order, no annotations key.
    out = { ...out, metadata: { ...out.metadata, annotations: { [lastAppliedAnnotation]: marshalJSON(out) + '\n' } } };
  }
  if (dryRun !== 'client') {
    try {
      out = ctx.deps.client.create(group, resource, info.namespaced ? ctx.namespace : undefined, out, { dryRun: dryRun === 'server' });
    } catch (e) {
      if (failedTo && e instanceof StatusError) throw new CmdError(`${failedTo}${e.message}`);
      throw e;
    }
  }
  printer.print(out, withDryRun('created', dryRun));
  return 0;
}
