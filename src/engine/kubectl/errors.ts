// Mirrors cmdutil.CheckErr (staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go):
// how kubectl turns an error into the text on stderr and its exit code.
import { StatusError } from '../api/errors.js';
import { CmdError, UsageError } from './command.js';
import { FlagError } from './flags.js';

export function formatError(err: unknown, path: string): { text: string; code: number } {
  if (err instanceof FlagError) {
    return { text: `error: ${err.message}\nSee '${path} --help' for usage.\n`, code: 1 };
  }
  if (err instanceof UsageError) {
    return { text: `error: ${err.message}\nSee '${path} -h' for help and examples\n`, code: 1 };
  }
  if (err instanceof CmdError) {
    if (err.raw) return { text: err.message, code: err.exitCode };
    // fatalErrHandler adds the prefix only when the message lacks it (set image's errors carry it)
    const msg = err.message.startsWith('error: ') ? err.message : `error: ${err.message}`;
    return { text: `${msg}\n`, code: err.exitCode };
  }
  if (err instanceof StatusError) return { text: statusErrorText(err), code: 1 };
  return { text: `error: ${err instanceof Error ? err.message : String(err)}\n`, code: 1 };
}

/** The text kubectl prints for an API error. */
export function statusErrorText(err: StatusError): string {
  const s = err.status;
  if (s.reason === 'Invalid') {
    const d = s.details;
    let prefix = 'The request is invalid';
    if (d && (d.kind || d.name)) prefix = `The ${d.kind ?? ''} "${d.name ?? ''}" is invalid`;
    const causes = d?.causes ?? [];
    if (causes.length === 1) {
      const c = causes[0]!;
      return `${prefix}: ${c.field ? `${c.field}: ` : ''}${c.message}\n`;
    }
    if (causes.length > 1) {
      return `${prefix}: \n${causes.map((c) => `* ${c.field ? `${c.field}: ` : ''}${c.message}\n`).join('')}`;
    }
    return `${prefix}\n`;
  }
  return `Error from server${s.reason ? ` (${s.reason})` : ''}: ${s.message ?? ''}\n`;
}
