import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readPackFiles } from '../node/packfs.js';
import { _loadPackUnsafe, loadPack } from './load.js';
import { formatProblem } from './problems.js';

const single = readFileSync(new URL('./testdata/single.yaml', import.meta.url), 'utf8');
const hello = readPackFiles(new URL('../../examples/hello-pack', import.meta.url).pathname);

/** Every problem as `file:line: field: message` in both languages. */
function problems(files: Record<string, string>): string[] {
  return loadPack(files).problems.flatMap((p) => [formatProblem(p, 'en'), formatProblem(p, 'zh-CN')]);
}

const edit = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`test fixture has no ${from}`);
  return text.replace(from, to);
};

describe('loadPack', () => {
  it('loads a folder pack with step texts from files, manifests and workstation files', () => {
    const { pack, problems } = loadPack(hello);
    expect(problems).toEqual([]);
    expect(pack!.id).toBe('hello-pack');
    const lesson = pack!.lessons[0]!;
    expect(lesson.id).toBe('first-pod');
    expect(lesson.file).toBe('lessons/01-first-pod/lesson.yaml');
    expect(lesson.steps.map((s) => s.id)).toEqual(['look-around', 'create', 'list']);
    expect(lesson.steps[0]!.text['zh-CN']).toContain('# 先看一看');
    expect(lesson.setup.manifests[0]!.name).toBe('lessons/01-first-pod/namespace.yaml');
    expect(lesson.setup.files[0]).toMatchObject({ path: 'hello.yaml' });
    expect(lesson.setup.files[0]!.content).toContain('kind: Pod');
    expect(lesson.lines['steps[1].solution[0]']).toBe(43);
    expect(lesson.steps[1]!.question!.answer).toBe(1);
  });

  it('loads a single-file pack with lessons inline', () => {
    const { pack, problems } = loadPack({ 'my-pack.yaml': single });
    expect(problems).toEqual([]);
    expect(pack!.lessons[0]!.steps[0]!.text.en).toBe('Set `mode` to **prod**.');
    expect(pack!.lessons[0]!.setup.manifests[0]!.name).toBe('my-pack.yaml:16');
    expect(pack!.lessons[0]!.setup.manifests[0]!.content).toContain('mode: dev');
  });

  it('reports YAML syntax errors with their line', () => {
    expect(problems({ 'p.yaml': edit(single, '  en: Everything inline.', '  en: "Everything inline.') })).toEqual([
      'p.yaml:7:26: YAML syntax error: Missing closing "quote',
      'p.yaml:7:26: YAML 语法错误：缺少字符（引号或括号没有闭合？）（Missing closing "quote）',
    ]);
    expect(problems({ 'p.yaml': edit(single, 'version: 1.0.0', 'version: 1.0.0\nversion: 2.0.0') })[0]).toBe(
      'p.yaml:3:1: YAML syntax error: Map keys must be unique',
    );
  });

  it('maps schema errors to the line of the field, worded per keyword in both languages', () => {
    const cases: [string, string, string[]][] = [
      ['      - id: change', '      - id: Change Me', ['p.yaml:24:9: lessons[0].steps[0].id: "Change Me" is not a valid id: use lowercase letters, digits and "-", starting with a letter or digit', 'p.yaml:24:9: lessons[0].steps[0].id: "Change Me" 不是合法的 id：只能使用小写字母、数字和 "-"，并以字母或数字开头']],
      ['        hints:', '        hint:', ['p.yaml:34:9: lessons[0].steps[0].hint: unknown field "hint" (did you mean "hints"?)', 'p.yaml:34:9: lessons[0].steps[0].hint: 未知字段 "hint"（是不是想写 "hints"？）']],
      ['          - kind: fieldEquals', '          - kind: fieldEqual', ['p.yaml:29:13: lessons[0].steps[0].goals[0].kind: unknown goal kind "fieldEqual" (did you mean "fieldEquals"?); known kinds: objectExists, objectAbsent, fieldEquals, fieldMatches, podsReady, rolloutComplete, apiRequest, commandRan, commandOutput', 'p.yaml:29:13: lessons[0].steps[0].goals[0].kind: 未知的目标类型 "fieldEqual"（是不是想写 "fieldEquals"？）；可用的类型：objectExists、objectAbsent、fieldEquals、fieldMatches、podsReady、rolloutComplete、apiRequest、commandRan、commandOutput']],
      ['            path: .data.mode\n', '', ['p.yaml:29:13: lessons[0].steps[0].goals[0].path: missing required field "path"', 'p.yaml:29:13: lessons[0].steps[0].goals[0].path: 缺少必填字段 "path"']],
      ['version: 1.0.0', 'version: 1', ['p.yaml:2:1: version: must be a string, not an integer (write it in quotes: "1")', 'p.yaml:2:1: version: 应为字符串，实际是整数（请加上引号："1"）']],
      ['version: 1.0.0', 'version: v1', ['p.yaml:2:1: version: "v1" is not a version like 1.0.0', 'p.yaml:2:1: version: "v1" 不是形如 1.0.0 的版本号']],
      ['  zh-CN: 单文件课程包', '  zh-CN: [单文件]', ['p.yaml:5:3: title.zh-CN: must be a string, not a list', 'p.yaml:5:3: title.zh-CN: 应为字符串，实际是列表']],
      ['    setup:\n', '    setup:\n      workers: 11\n', ['p.yaml:15:7: lessons[0].setup.workers: must be at most 10, not "11"', 'p.yaml:15:7: lessons[0].setup.workers: 不能大于 10（现在是 "11"）']],
    ];
    for (const [from, to, want] of cases) expect(problems({ 'p.yaml': edit(single, from, to) }), `${from} → ${to}`).toEqual(want);
  });

  it('reports minItems, enum and type errors', () => {
    const p = edit(edit(single, '          - kind: fieldEquals', '          - kind: apiRequest\n            verb: [get, fetch]\n            resource: pods\n          - kind: fieldEquals'), '    steps:', '    steps: []\n    old-steps:');
    expect(problems({ 'p.yaml': p })).toEqual([
      'p.yaml:23:5: lessons[0].steps: needs at least 1 item',
      'p.yaml:23:5: lessons[0].steps: 至少需要 1 项',
      'p.yaml:24:5: lessons[0].old-steps: unknown field "old-steps"',
      'p.yaml:24:5: lessons[0].old-steps: 未知字段 "old-steps"',
    ]);
    const q = edit(single, '          - kind: fieldEquals', '          - kind: apiRequest\n            verb: [get, fetch]\n            resource: pods\n          - kind: fieldEquals');
    expect(problems({ 'p.yaml': q })).toEqual([
      'p.yaml:30:25: lessons[0].steps[0].goals[0].verb[1]: "fetch" is not allowed; use one of: create, get, list, watch, update, patch, delete, deletecollection',
      'p.yaml:30:25: lessons[0].steps[0].goals[0].verb[1]: 不允许 "fetch"，可用：create、get、list、watch、update、patch、delete、deletecollection',
    ]);
  });

  it('reports missing files: lesson folders, step texts per locale, manifests, workstation files', () => {
    const files = { ...hello };
    delete files['lessons/01-first-pod/steps/02.zh-CN.md'];
    delete files['lessons/01-first-pod/namespace.yaml'];
    files['lessons/01-first-pod/lesson.yaml'] = edit(files['lessons/01-first-pod/lesson.yaml']!, 'from: hello.yaml', 'from: missing.yaml');
    files['pack.yaml'] = edit(files['pack.yaml']!, '  - 01-first-pod', '  - 01-first-pod\n  - 02-nothing');
    expect(problems(files).filter((_, i) => i % 2 === 0)).toEqual([
      'pack.yaml:14:5: lessons[1]: lesson "02-nothing": lessons/02-nothing/lesson.yaml not found',
      'lessons/01-first-pod/lesson.yaml:11: setup.manifests[0]: manifest namespace.yaml not found in the pack',
      'lessons/01-first-pod/lesson.yaml:13: setup.files[0].from: file missing.yaml not found in the pack',
      'lessons/01-first-pod/lesson.yaml:27: steps[1].text: step "create": the Chinese (zh-CN) text lessons/01-first-pod/steps/02.zh-CN.md is missing',
    ]);
    expect(problems(files)[7]).toBe('lessons/01-first-pod/lesson.yaml:27: steps[1].text: 步骤 "create"：缺少中文（zh-CN）正文 lessons/01-first-pod/steps/02.zh-CN.md');
  });

  it('reports duplicate ids and a missing pack file', () => {
    const p = edit(single, '      - id: change', '      - id: change\n        text: {en: a, zh-CN: 甲}\n        goals: [{kind: commandRan, pattern: x}]\n        solution: [x]\n      - id: change');
    expect(problems({ 'p.yaml': p })).toEqual(['p.yaml:28: lessons[0].steps[1].id: duplicate step id "change"', 'p.yaml:28: lessons[0].steps[1].id: 步骤 id "change" 重复']);
    expect(problems({})).toEqual(['pack.yaml: no pack.yaml (a folder pack needs one at its root)', 'pack.yaml: 找不到 pack.yaml（文件夹形式的课程包根目录下必须有它）']);
    expect(problems({ 'a.yaml': single, 'b.yaml': single })[0]).toBe('pack.yaml: no pack.yaml, and several YAML files (a.yaml, b.yaml): which one is the pack?');
  });

  it('never throws: random text and random mutations of a valid pack give problems, not exceptions', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = _loadPackUnsafe({ 'pack.yaml': s });
        expect(r.pack === undefined || r.problems.length === 0).toBe(true);
      }),
      { numRuns: 300 },
    );
    const lines = single.split('\n');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(lines.length - 1), fc.oneof(fc.constant(''), fc.string({ maxLength: 12 }), fc.constantFrom('  ', '- ', ': ', '[', '{', '"', '*a', '&a', 'kind: x', '~'))), { minLength: 1, maxLength: 4 }),
        (edits) => {
          const copy = [...lines];
          for (const [i, s] of edits) copy[i] = s.length % 2 ? copy[i] + s : s + copy[i]!.trimStart();
          const r = _loadPackUnsafe({ 'pack.yaml': copy.join('\n') });
          for (const p of r.problems) {
            expect(typeof p.message.en).toBe('string');
            expect(typeof p.message['zh-CN']).toBe('string');
          }
        },
      ),
      { numRuns: 300 },
    );
    const names = Object.keys(hello);
    fc.assert(
      fc.property(fc.subarray(names), fc.nat(names.length - 1), fc.string({ maxLength: 20 }), (keep, i, junk) => {
        const files: Record<string, string> = {};
        for (const n of keep) files[n] = hello[n]!;
        if (names[i]! in files) files[names[i]!] = junk + files[names[i]!]!.slice(junk.length);
        _loadPackUnsafe(files);
      }),
      { numRuns: 200 },
    );
  });
});
