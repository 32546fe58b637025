// `kubelab pack lint`: the schema (through loadPack) and the meaning of a pack.
// Setup manifests and commands must succeed on a fresh cluster (so the API
// server validates every manifest); workstation files that are manifests must
// pass a server-side dry run; solutions must parse as shell; goals must name
// resource types kubectl knows and regular expressions that compile; question
// answers must exist; links in Markdown must resolve to files of the pack.
import { createLessonCluster, runLine } from '../engine/checks/lesson.js';
import { resolveType } from '../engine/kubectl/resolve.js';
import { parse, ParseError } from '../engine/shell/parse.js';
import { joinPath, loadPack } from './load.js';
import { isPackLink, isSafeLink, markdownLinks } from './markdown.js';
import { msg } from './problems.js';
import { lessonSpec } from './spec.js';
import { locales, type Lesson, type Pack, type PackProblem } from './types.js';

export interface LintResult {
  pack?: Pack;
  problems: PackProblem[];
}

function parseProblem(command: string): string | undefined {
  // A heredoc's body lines follow its first line; only that line is shell.
  const first = /<<-?\s*['"]?\w+/.test(command) ? command.split('\n')[0]! : command;
  try {
    parse(first);
    return undefined;
  } catch (e) {
    if (e instanceof ParseError && e.incomplete) return 'the command is incomplete (an open quote, pipe or `&&`?)';
    return (e as Error).message;
  }
}

function safeRegExpError(p: string): string | undefined {
  try {
    new RegExp(p);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

function lintGoals(lesson: Lesson, out: PackProblem[]): void {
  lesson.steps.forEach((step, i) => {
    const line = lesson.lines[`steps[${i}]`];
    step.goals.forEach((g, k) => {
      const field = `steps[${i}].goals[${k}]`;
      if ('resource' in g && g.kind !== 'apiRequest' && !resolveType(g.resource)) {
        out.push({ file: lesson.file, line, field: `${field}.resource`, message: msg(`kubectl knows no resource type "${g.resource}"`, `kubectl 不认识资源类型 "${g.resource}"`) });
      }
      const patterns: [string, string | undefined][] = [];
      if (g.kind === 'fieldMatches' || g.kind === 'commandRan') patterns.push(['pattern', g.pattern]);
      if (g.kind === 'commandOutput') patterns.push(['output', g.output], ['command', g.command]);
      if (g.kind === 'apiRequest') patterns.push(['userMatches', g.userMatches]);
      for (const [name, p] of patterns) {
        const err = p === undefined ? undefined : safeRegExpError(p);
        if (err) out.push({ file: lesson.file, line, field: `${field}.${name}`, message: msg(`not a valid regular expression: ${err}`, `不是合法的正则表达式：${err}`) });
      }
    });
    const q = step.question;
    if (q && q.answer >= q.choices.length) {
      out.push({
        file: lesson.file,
        line,
        field: `steps[${i}].question.answer`,
        message: msg(`answer ${q.answer} does not exist: choices are numbered 0 to ${q.choices.length - 1}`, `答案 ${q.answer} 不存在：选项的编号是 0 到 ${q.choices.length - 1}`),
      });
    }
  });
}

function lintSolutions(lesson: Lesson, out: PackProblem[]): void {
  lesson.steps.forEach((step, i) =>
    step.solution.forEach((command, j) => {
      const err = parseProblem(command);
      if (err)
        out.push({
          file: lesson.file,
          line: lesson.lines[`steps[${i}].solution[${j}]`],
          field: `steps[${i}].solution[${j}]`,
          message: msg(`this command does not parse as shell: ${err}`, `这条命令无法按 shell 语法解析：${err}`),
        });
    }),
  );
}

function lintLinks(pack: Pack, lesson: Lesson, out: PackProblem[]): void {
  const check = (text: string, file: string, baseDir: string, lineOffset: number, field?: string) => {
    for (const link of markdownLinks(text)) {
      const line = lineOffset + link.line - (lineOffset ? 1 : 0);
      if (!isSafeLink(link.href)) {
        out.push({ file, line, ...(field ? { field } : {}), message: msg(`unsafe link "${link.href}": only http(s), mailto and files of the pack`, `不安全的链接 "${link.href}"：只允许 http(s)、mailto 和课程包里的文件`) });
        continue;
      }
      if (!isPackLink(link.href)) continue;
      const target = decodeURI(link.href.split('#')[0]!.split('?')[0]!);
      if (!target) continue;
      const p = joinPath(baseDir, target);
      const inPack = p !== undefined && (p in pack.files || Object.keys(pack.files).some((f) => f.startsWith(`${p}/`)));
      const onWorkstation = lesson.setup.files.some((f) => f.path === target || f.path === target.replace(/^\.\//, ''));
      if (!inPack && !onWorkstation) out.push({ file, line, ...(field ? { field } : {}), message: msg(`link "${link.href}" points to no file of the pack`, `链接 "${link.href}" 指向的文件不在课程包里`) });
    }
  };
  lesson.steps.forEach((step, i) => {
    for (const loc of locales) {
      const file = lesson.textFiles[i]?.[loc];
      if (file) check(step.text[loc], file, file.slice(0, file.lastIndexOf('/') + 1), 0);
      else check(step.text[loc], lesson.file, lesson.dir, lesson.lines[`steps[${i}]`] ?? 1, `steps[${i}].text.${loc}`);
    }
  });
}

const looksLikeManifest = (text: string) => /^apiVersion:/m.test(text) && /^kind:/m.test(text);

function lintCluster(lesson: Lesson, out: PackProblem[]): void {
  const { cluster, failures } = createLessonCluster(lessonSpec(lesson));
  for (const f of failures) {
    const k = lesson.setup.manifests.findIndex((m) => m.name === f.what);
    const field = k >= 0 ? `setup.manifests[${k}]` : `setup.commands[${lesson.setup.commands.indexOf(f.what)}]`;
    const detail = f.output.trim().split('\n').slice(0, 3).join(' ');
    out.push({
      file: lesson.file,
      line: lesson.lines[field] ?? lesson.lines['id'],
      field,
      message: k >= 0 ? msg(`manifest ${f.what} was rejected: ${detail}`, `清单 ${f.what} 被拒绝：${detail}`) : msg(`setup command failed (exit ${f.exitCode}): ${detail}`, `准备命令执行失败（退出码 ${f.exitCode}）：${detail}`),
    });
  }
  let output = '';
  const session = cluster.openShell({ write: (s) => (output += s) });
  lesson.setup.files.forEach((f, k) => {
    if (!/\.ya?ml$/.test(f.path) || !looksLikeManifest(f.content)) return;
    output = '';
    const path = f.path.startsWith('/') ? f.path : `/root/${f.path}`;
    runLine(cluster, session, `kubectl create --dry-run=server -f ${path}`);
    if (session.state.lastStatus !== 0) {
      const detail = output.trim().split('\n').slice(0, 3).join(' ');
      out.push({ file: lesson.file, line: lesson.lines[`setup.files[${k}]`], field: `setup.files[${k}]`, message: msg(`workstation file ${f.path} is not a valid manifest: ${detail}`, `工作机文件 ${f.path} 不是有效的清单：${detail}`) });
    }
  });
}

/** Lint a pack given its files; `cluster: false` skips the checks that need a cluster. */
export function lintPack(files: Record<string, string>, opts: { cluster?: boolean } = {}): LintResult {
  const { pack, problems } = loadPack(files);
  if (!pack) return { problems };
  const out: PackProblem[] = [];
  for (const lesson of pack.lessons) {
    lintGoals(lesson, out);
    lintSolutions(lesson, out);
    lintLinks(pack, lesson, out);
    if (opts.cluster !== false) lintCluster(lesson, out);
  }
  return { pack, problems: out };
}
