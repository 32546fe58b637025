// Mirrors cmdutil.AddSourceToErr and how CheckErr prints an aggregate of errors
// (staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go): every error on its own
// line, API errors as "Error from server (Reason): …", the rest as "error: …".
import { StatusError } from '../../../api/errors.js';
import type { CommandContext } from '../../command.js';
import { CmdError } from '../../command.js';
import { formatError } from '../../errors.js';

/** `error when creating "x.yaml": <message>` on an error about an object read from a file. */
export function addSourceToErr(verb: string, source: string | undefined, err: unknown): unknown {
  if (!source) return err;
  if (err instanceof StatusError) {
    return new StatusError({ ...err.status, message: `error when ${verb} "${source}": ${err.status.message ?? ''}` });
  }
  const msg = err instanceof Error ? err.message : String(err);
  return new CmdError(`error when ${verb} "${source}": ${msg}`);
}

/**
 * Print the collected errors the way CheckErr prints utilerrors.Aggregate; the exit code.
 * One error prints as itself (`error: …`); several print through MultipleErrors, one
 * message a line with no `error: ` prefix (`kubectl create -f a -f b` with two bad files).
 */
export function reportErrors(ctx: CommandContext, errors: unknown[]): number {
  if (errors.length === 1) ctx.io.stderr(formatError(errors[0], ctx.path).text);
  else {
    for (const e of errors) {
      if (e instanceof StatusError || (e instanceof CmdError && e.raw)) ctx.io.stderr(formatError(e, ctx.path).text);
      else ctx.io.stderr(`${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
  return errors.length ? 1 : 0;
}

export function isNotFound(e: unknown): boolean {
  return e instanceof StatusError && e.code === 404;
}
