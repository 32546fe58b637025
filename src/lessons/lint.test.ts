import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPackFiles } from '../node/packfs.js';
import { lintPack } from './lint.js';
import { formatProblem } from './problems.js';
import { formatReports, testPack } from './run.js';

const hello = readPackFiles(new URL('../../examples/hello-pack', import.meta.url).pathname);
const single = readFileSync(new URL('./testdata/single.yaml', import.meta.url), 'utf8');
const lessonFile = 'lessons/01-first-pod/lesson.yaml';

function lint(files: Record<string, string>, locale: 'en' | 'zh-CN' = 'en'): string[] {
  return lintPack(files).problems.map((p) => formatProblem(p, locale));
}

describe('pack lint', () => {
  it('finds nothing wrong with the example pack and the single-file pack', () => {
    expect(lint(hello)).toEqual([]);
    expect(lint({ 'single.yaml': single })).toEqual([]);
  });

  it('rejects manifests the API server rejects, with its message', () => {
    const files = { ...hello, 'lessons/01-first-pod/namespace.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: Demo_Space\n' };
    const [first] = lint(files);
    expect(first).toMatch(/^lessons\/01-first-pod\/lesson\.yaml:11: setup\.manifests\[0\]: manifest lessons\/01-first-pod\/namespace\.yaml was rejected: .*Demo_Space/);
    expect(lint(files, 'zh-CN')[0]).toMatch(/^lessons\/01-first-pod\/lesson\.yaml:11: setup\.manifests\[0\]: 清单 lessons\/01-first-pod\/namespace\.yaml 被拒绝：/);
  });

  it('dry-runs workstation files that are manifests', () => {
    const files = { ...hello, 'lessons/01-first-pod/hello.yaml': hello['lessons/01-first-pod/hello.yaml']!.replace('  containers:', '  containerz:') };
    expect(lint(files)[0]).toMatch(/^lessons\/01-first-pod\/lesson\.yaml:13: setup\.files\[0\]: workstation file hello\.yaml is not a valid manifest: /);
  });

  it('checks solutions parse, goals make sense, answers exist and links resolve', () => {
    const files = { ...hello };
    files[lessonFile] = files[lessonFile]!.replace('      - kubectl get pods -n demo', "      - kubectl get pods -n 'demo")
      .replace('        resource: pod\n', '        resource: pot\n')
      .replace('        output: hello', '        output: "hel(lo"')
      .replace('      answer: 1', '      answer: 2');
    files['lessons/01-first-pod/steps/03.en.md'] += '\nSee [the manual](manual.md), [home](https://kubernetes.io) and [this](javascript:alert(1)).\n';
    expect(lint(files)).toEqual([
      `${lessonFile}:27: steps[1].goals[0].resource: kubectl knows no resource type "pot"`,
      `${lessonFile}:27: steps[1].question.answer: answer 2 does not exist: choices are numbered 0 to 1`,
      `${lessonFile}:57: steps[2].goals[0].output: not a valid regular expression: Invalid regular expression: /hel(lo/: Unterminated group`,
      `${lessonFile}:66: steps[2].solution[0]: this command does not parse as shell: the command is incomplete (an open quote, pipe or \`&&\`?)`,
      'lessons/01-first-pod/steps/03.en.md:5: link "manual.md" points to no file of the pack',
      'lessons/01-first-pod/steps/03.en.md:5: unsafe link "javascript:alert(1)": only http(s), mailto and files of the pack',
    ]);
    expect(lint(files, 'zh-CN')[4]).toBe('lessons/01-first-pod/steps/03.en.md:5: 链接 "manual.md" 指向的文件不在课程包里');
  });
});

describe('pack test', () => {
  it('passes the example pack step by step', () => {
    const { pack } = lintPack(hello, { cluster: false });
    const reports = testPack(pack!);
    expect(formatReports(reports, pack)).toBe(
      ['✓ first-pod: Your first Pod', '  ✓ 1. look-around', '  ✓ 2. create', '  ✓ 3. list', '', '1 of 1 lessons passed, 3 of 3 steps', ''].join('\n'),
    );
  });

  it('passes the single-file pack (a heredoc solution)', () => {
    const { pack } = lintPack({ 'single.yaml': single }, { cluster: false });
    expect(testPack(pack!).every((r) => r.ok)).toBe(true);
  });

  it('reports goals met before the solution and goals the solution does not meet', () => {
    const files = { ...hello };
    // Step 3 now wants a Pod that never appears, and step 2 a namespace that already exists.
    files[lessonFile] = files[lessonFile]!.replace('        output: hello', '        output: goodbye').replace(
      '      - kind: apiRequest\n        verb: create\n        resource: pods\n        namespace: demo\n',
      '      - kind: apiRequest\n        verb: create\n        resource: pods\n        namespace: demo\n      - kind: objectExists\n        resource: namespace\n        name: demo\n',
    );
    const { pack } = lintPack(files, { cluster: false });
    const out = formatReports(testPack(pack!), pack);
    expect(out).toBe(
      [
        '✗ first-pod: Your first Pod',
        '  ✓ 1. look-around',
        '  ✗ 2. create',
        '      goal 3 (objectExists) is already met before the solution runs',
        '  ✗ 3. list',
        '      goal 1 (commandOutput) not met after the solution: no command output matching /goodbye/ yet',
        '',
        '0 of 1 lessons passed, 1 of 3 steps',
        '',
      ].join('\n'),
    );
  });
});

describe('docs/lesson-packs.md', () => {
  it('its single-file example is a valid pack that passes pack test', () => {
    const doc = readFileSync(new URL('../../docs/lesson-packs.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('## Single-file packs'), doc.indexOf('## Tools'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    const { pack, problems } = lintPack({ 'single.yaml': yaml });
    expect(problems.map((p) => formatProblem(p))).toEqual([]);
    expect(testPack(pack!).every((r) => r.ok)).toBe(true);
  });

  it('shows the example pack as it is committed', () => {
    const doc = readFileSync(new URL('../../docs/lesson-packs.md', import.meta.url), 'utf8');
    expect(doc).toContain(hello['pack.yaml']!.split('\n').slice(1).join('\n').trim());
  });
});
