// Mirrors staging/src/k8s.io/kubectl/pkg/cmd/util/editor/editor.go: which editor runs
// ($KUBE_EDITOR, then $EDITOR, else vi), how its command line is split, and the path
// appended to it. In the browser the lab's own editor (deps.edit) takes its place.
import { isJob, type Job, type ProcessIO } from '../../../shell/types.js';
import type { KubectlDeps } from '../../command.js';
import { CmdError } from '../../command.js';

/** defaultEnvEditor: a plain name, space-separated words, or (with quotes) a shell line. */
export function editorArgs(io: ProcessIO): { args: string[]; shown: string } {
  const editor = io.env.get('KUBE_EDITOR') || io.env.get('EDITOR') || 'vi';
  if (!editor.includes(' ')) return { args: [editor], shown: editor };
  if (!/["'\\]/.test(editor)) return { args: editor.split(' '), shown: editor };
  // upstream hands this to `sh -c`; the lab's shell words are split the same way here
  return { args: shellWords(editor), shown: editor };
}

function shellWords(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let has = false;
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < s.length) cur += s[++i];
      else cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      has = true;
    } else if (c === '\\' && i + 1 < s.length) {
      cur += s[++i];
      has = true;
    } else if (c === ' ' || c === '\t') {
      if (has || cur) out.push(cur);
      cur = '';
      has = false;
    } else cur += c;
  }
  if (has || cur) out.push(cur);
  return out;
}

/**
 * Launch: the lab's editor when it has one, else the editor command with the path appended.
 * Resolves when the student (or the command) is done; the file is then read back.
 */
export function* launchEditor(deps: KubectlDeps, io: ProcessIO, path: string, content: string): Generator<any, void, void> {
  io.fs.writeFile(path, content);
  const lab = deps.edit?.(path, content, io);
  if (lab !== undefined) {
    if (isJob(lab)) yield* lab as Job;
    return;
  }
  const { args, shown } = editorArgs(io);
  let r = io.run([...args, path]);
  if (isJob(r)) r = yield* r;
  if (r === 127) throw new CmdError(`unable to launch the editor "${shown}"`);
  if (r !== 0) throw new CmdError(`there was a problem with the editor "${shown}"`);
}
