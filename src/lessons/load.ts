// Reads a lesson pack from its files (relative path → text): a folder pack
// (pack.yaml, lessons/<dir>/lesson.yaml, steps/NN.<locale>.md, manifests and
// workstation files beside them) or a single YAML file with lessons inline.
// Never throws: everything wrong becomes a PackProblem naming file, line and field.
import type { Goal } from '../engine/checks/goals.js';
import { msg } from './problems.js';
import { fieldName, YamlFile, type PathSeg } from './yamlfile.js';
import { locales, type Lesson, type Localized, type Manifest, type Pack, type PackFile, type PackProblem, type Question, type Step } from './types.js';

export interface LoadResult {
  pack?: Pack;
  problems: PackProblem[];
}

type Raw = Record<string, any>;

const isYaml = (p: string) => /\.ya?ml$/i.test(p);

function normalize(files: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  if (!files || typeof files !== 'object') return out;
  for (const [k, v] of Object.entries(files)) {
    if (typeof v !== 'string') continue;
    out[k.replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '')] = v;
  }
  return out;
}

/** Join a pack-relative folder and a relative path, resolving `.` and `..` (never above the root). */
export function joinPath(dir: string, rel: string): string | undefined {
  const parts = (dir + rel).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (!out.length) return undefined;
      out.pop();
    } else out.push(p);
  }
  return out.join('/');
}

function findPackFile(files: Record<string, string>): string | undefined {
  for (const name of ['pack.yaml', 'pack.yml']) if (name in files) return name;
  const roots = Object.keys(files).filter((p) => !p.includes('/') && isYaml(p));
  return roots.length === 1 ? roots[0] : undefined;
}

class Loader {
  readonly problems: PackProblem[] = [];
  constructor(readonly files: Record<string, string>) {}

  problem(file: string, line: number | undefined, field: string | undefined, message: Localized): void {
    this.problems.push({ file, ...(line !== undefined ? { line } : {}), ...(field ? { field } : {}), message });
  }

  /** A path relative to the lesson folder, else to the pack root. */
  resolve(dir: string, rel: string): string | undefined {
    for (const base of dir ? [dir, ''] : ['']) {
      const p = joinPath(base, rel);
      if (p !== undefined && p in this.files) return p;
    }
    return undefined;
  }

  load(): Pack | undefined {
    const packFile = findPackFile(this.files);
    if (!packFile) {
      const yamls = Object.keys(this.files).filter((p) => !p.includes('/') && isYaml(p));
      this.problem(
        'pack.yaml',
        undefined,
        undefined,
        yamls.length > 1
          ? msg(`no pack.yaml, and several YAML files (${yamls.join(', ')}): which one is the pack?`, `没有 pack.yaml，而且有多个 YAML 文件（${yamls.join('、')}），无法确定哪个是课程包`)
          : msg('no pack.yaml (a folder pack needs one at its root)', '找不到 pack.yaml（文件夹形式的课程包根目录下必须有它）'),
      );
      return undefined;
    }
    const y = new YamlFile(packFile, this.files[packFile]!);
    if (y.ok) y.validate('pack');
    this.problems.push(...y.problems);
    const data = y.data as Raw | undefined;
    if (!data || typeof data !== 'object' || !Array.isArray(data.lessons)) return undefined;
    const packOk = y.ok;
    // Pack-level mistakes should not hide the lessons' own: load every lesson
    // whose entry is sound, even when other fields of pack.yaml are wrong.
    const entryOk = (i: number) => !y.problems.some((p) => p.field === `lessons[${i}]` || p.field?.startsWith(`lessons[${i}].`) || p.field === 'lessons');
    const lessons: Lesson[] = [];
    const ids = new Map<string, number>();
    data.lessons.forEach((entry: unknown, i: number) => {
      let lesson: Lesson | undefined;
      if (!entryOk(i)) return;
      if (typeof entry === 'string') {
        const dir = `lessons/${entry}/`;
        const file = `${dir}lesson.yaml`;
        const text = this.files[file] ?? this.files[`${dir}lesson.yml`];
        if (text === undefined) {
          const { line, column } = y.locate(['lessons', i]);
          this.problems.push({ file: packFile, line, column, field: fieldName(['lessons', i]), message: msg(`lesson "${entry}": ${file} not found`, `课程 "${entry}"：找不到 ${file}`) });
          return;
        }
        const ly = new YamlFile(this.files[file] !== undefined ? file : `${dir}lesson.yml`, text);
        if (ly.ok) ly.validate('lesson');
        this.problems.push(...ly.problems);
        if (ly.ok) lesson = this.lesson(ly, ly.data as Raw, [], dir, false);
      } else if (entry && typeof entry === 'object') {
        lesson = this.lesson(y, entry as Raw, ['lessons', i], '', true);
      }
      if (!lesson) return;
      const first = ids.get(lesson.id);
      if (first !== undefined)
        this.problem(lesson.file, lesson.lines['id'], 'id', msg(`duplicate lesson id "${lesson.id}" (also lesson ${first + 1})`, `课程 id "${lesson.id}" 重复（第 ${first + 1} 课也用了它）`));
      else ids.set(lesson.id, i);
      lessons.push(lesson);
    });
    if (!packOk || this.problems.length) return undefined;
    return {
      id: data.id,
      version: data.version,
      title: data.title,
      description: data.description,
      authors: data.authors ?? [],
      license: data.license ?? '',
      lessons,
      files: this.files,
    };
  }

  private lesson(y: YamlFile, d: Raw, prefix: PathSeg[], dir: string, inline: boolean): Lesson {
    const lines: Record<string, number> = {};
    const at = (...path: PathSeg[]) => {
      const line = y.lineOf([...prefix, ...path]);
      lines[fieldName(path)] = line;
      return line;
    };
    const field = (...path: PathSeg[]) => fieldName([...prefix, ...path]);
    at('id');
    at('title');
    const setup = d.setup ?? {};
    const manifests: Manifest[] = [];
    (setup.manifests ?? []).forEach((m: string | { name?: string; content: string }, k: number) => {
      const line = at('setup', 'manifests', k);
      if (typeof m === 'string') {
        const p = this.resolve(dir, m);
        if (p === undefined) this.problem(y.file, line, field('setup', 'manifests', k), msg(`manifest ${m} not found in the pack`, `课程包里找不到清单文件 ${m}`));
        else manifests.push({ name: p, content: this.files[p]! });
      } else manifests.push({ name: m.name ?? `${y.file}:${line}`, content: m.content });
    });
    const files: PackFile[] = [];
    (setup.files ?? []).forEach((f: { path: string; from?: string; content?: string }, k: number) => {
      const line = at('setup', 'files', k);
      if (f.content !== undefined) files.push({ path: f.path, content: f.content });
      else if (f.from !== undefined) {
        const p = this.resolve(dir, f.from);
        if (p === undefined) this.problem(y.file, line, field('setup', 'files', k, 'from'), msg(`file ${f.from} not found in the pack`, `课程包里找不到文件 ${f.from}`));
        else files.push({ path: f.path, content: this.files[p]! });
      } else {
        const p = this.resolve(dir, f.path);
        if (p === undefined)
          this.problem(y.file, line, field('setup', 'files', k), msg(`needs "content" or "from" (no file ${f.path} in the pack either)`, `需要 "content" 或 "from"（课程包里也没有文件 ${f.path}）`));
        else files.push({ path: f.path, content: this.files[p]! });
      }
    });
    const stepIds = new Set<string>();
    const textFiles: Lesson['textFiles'] = [];
    const steps: Step[] = (d.steps as Raw[]).map((s, i) => {
      const line = at('steps', i);
      if (stepIds.has(s.id)) this.problem(y.file, line, field('steps', i, 'id'), msg(`duplicate step id "${s.id}"`, `步骤 id "${s.id}" 重复`));
      stepIds.add(s.id);
      (s.solution as string[]).forEach((_, j) => at('steps', i, 'solution', j));
      const { text, files: tf } = this.stepText(y, s, i, prefix, dir, inline, line);
      textFiles.push(tf);
      const step: Step = { id: s.id, text, goals: s.goals as Goal[], hints: s.hints ?? [], solution: s.solution };
      if (s.question) step.question = s.question as Question;
      return step;
    });
    return {
      id: d.id,
      file: y.file,
      dir,
      lines,
      textFiles,
      title: d.title,
      ...(d.summary ? { summary: d.summary } : {}),
      setup: { ...(setup.seed !== undefined ? { seed: setup.seed } : {}), ...(setup.workers !== undefined ? { workers: setup.workers } : {}), manifests, files, commands: setup.commands ?? [] },
      steps,
    };
  }

  private stepText(y: YamlFile, s: Raw, i: number, prefix: PathSeg[], dir: string, inline: boolean, line: number): { text: Localized; files: Partial<Record<string, string>> } {
    const text = { en: '', 'zh-CN': '' } as Localized;
    if (s.text && typeof s.text === 'object') return { text: s.text as Localized, files: {} };
    const field = fieldName([...prefix, 'steps', i, 'text']);
    if (s.text === undefined && inline) {
      this.problem(y.file, line, field, msg(`step "${s.id}" has no text`, `步骤 "${s.id}" 没有正文（text）`));
      return { text, files: {} };
    }
    const base = typeof s.text === 'string' ? s.text.replace(/\.(en|zh-CN)\.md$/, '').replace(/\.md$/, '') : `steps/${String(i + 1).padStart(2, '0')}`;
    const files: Partial<Record<string, string>> = {};
    for (const loc of locales) {
      const want = `${base}.${loc}.md`;
      const p = this.resolve(dir, want);
      const shown = joinPath(dir, want) ?? want;
      const name = loc === 'en' ? msg('English', '英文') : msg('Chinese (zh-CN)', '中文（zh-CN）');
      if (p === undefined) {
        this.problem(y.file, typeof s.text === 'string' ? y.lineOf([...prefix, 'steps', i, 'text']) : line, field, msg(`step "${s.id}": the ${name.en} text ${shown} is missing`, `步骤 "${s.id}"：缺少${name['zh-CN']}正文 ${shown}`));
      } else if (!this.files[p]!.trim()) {
        this.problem(p, 1, undefined, msg(`step "${s.id}": the ${name.en} text is empty`, `步骤 "${s.id}"：${name['zh-CN']}正文是空的`));
      } else {
        text[loc] = this.files[p]!;
        files[loc] = p;
      }
    }
    return { text, files };
  }
}

function loadPackUnsafe(files: Record<string, string>): LoadResult {
  const loader = new Loader(normalize(files));
  const pack = loader.load();
  const order = new Map<string, number>();
  const packFile = loader.problems.find((p) => p.file === 'pack.yaml' || !p.file.includes('/'))?.file;
  if (packFile) order.set(packFile, 0);
  for (const p of loader.problems) if (!order.has(p.file)) order.set(p.file, order.size);
  loader.problems.sort((a, b) => order.get(a.file)! - order.get(b.file)! || (a.line ?? 0) - (b.line ?? 0));
  return pack && !loader.problems.length ? { pack, problems: [] } : { problems: loader.problems };
}

/** Load a pack from its files. Never throws; a pack is returned only when there are no problems. */
export function loadPack(files: Record<string, string>): LoadResult {
  try {
    return loadPackUnsafe(files);
  } catch (e) {
    return { problems: [{ file: '', message: msg(`internal error while loading: ${(e as Error)?.message}`, `加载时出现内部错误：${(e as Error)?.message}`) }] };
  }
}

export const _loadPackUnsafe = loadPackUnsafe;
