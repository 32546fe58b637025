import { describe, expect, it } from 'vitest';
import { loadPack } from './load.js';
import { codeBlocks, isSafeLink, renderInline, renderMarkdown } from './markdown.js';

/** No tag that runs script, no handler attribute, no script URL. */
function assertHarmless(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(img|iframe|object|embed|svg|style|link|meta)\b/i);
  expect(html).not.toMatch(/<[^>]+\son\w+\s*=/i);
  expect(html).not.toMatch(/(href|src)\s*=\s*"\s*(javascript|vbscript|data):/i);
}

const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](java\tscript:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](vbscript:msgbox(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  '`<script>`',
  '[x](<javascript:alert(1)>)',
  '<javascript:alert(1)>',
];

describe('lesson Markdown', () => {
  it('renders emphasis next to Chinese punctuation', () => {
    expect(renderMarkdown('**重点**。')).toBe('<p><strong>重点</strong>。</p>\n');
    expect(renderMarkdown('这是**重点，**后面还有字')).toBe('<p>这是<strong>重点，</strong>后面还有字</p>\n');
    expect(renderMarkdown('先看**“声明式”**的意思')).toBe('<p>先看<strong>“声明式”</strong>的意思</p>\n');
    expect(renderMarkdown('*强调*，然后')).toBe('<p><em>强调</em>，然后</p>\n');
    // CommonMark's own rule is unchanged for Latin text.
    expect(renderMarkdown('a**b**c and **bold**')).toBe('<p>a<strong>b</strong>c and <strong>bold</strong></p>\n');
  });

  it('renders every injection payload harmlessly', () => {
    for (const p of payloads) {
      assertHarmless(renderMarkdown(p));
      assertHarmless(renderInline(p));
    }
    expect(renderMarkdown('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
    expect(renderMarkdown('[click](javascript:alert(1))')).toBe('<p>[click](javascript:alert(1))</p>\n');
  });

  it('keeps safe links: web pages open in a new tab, relative paths and mail stay', () => {
    expect(renderInline('[docs](https://kubernetes.io/docs/)')).toBe('<a href="https://kubernetes.io/docs/" target="_blank" rel="noopener noreferrer">docs</a>');
    expect(renderInline('[file](../web-pod.yaml)')).toBe('<a href="../web-pod.yaml">file</a>');
    expect(renderInline('[mail](mailto:teacher@example.com)')).toBe('<a href="mailto:teacher@example.com">mail</a>');
    expect(isSafeLink('//evil.example/x')).toBe(false);
    expect(isSafeLink('#top')).toBe(true);
  });

  it('numbers code blocks so the UI can attach run and open buttons', () => {
    const md = 'Run:\n\n```sh\nkubectl get pods\n```\n\nand\n\n```yaml\nkind: Pod\n```\n';
    expect(renderMarkdown(md)).toContain('<pre data-code-index="1">');
    expect(codeBlocks(md)).toEqual([
      { lang: 'sh', text: 'kubectl get pods\n' },
      { lang: 'yaml', text: 'kind: Pod\n' },
    ]);
  });

  it('a pack carrying payloads in its Markdown, titles and hints loads, and renders harmlessly', () => {
    const q = (s: string) => JSON.stringify(s);
    const pack = [
      'id: evil',
      'version: 1.0.0',
      `title: {en: ${q(payloads[0]!)}, zh-CN: ${q(payloads[1]!)}}`,
      `description: {en: ${q(payloads[3]!)}, zh-CN: ${q(payloads[2]!)}}`,
      'lessons:',
      '  - id: l',
      `    title: {en: ${q(payloads[1]!)}, zh-CN: ${q(payloads[10]!)}}`,
      '    steps:',
      '      - id: s',
      `        text: {en: ${q(payloads.join('\n\n'))}, zh-CN: ${q(payloads.join('\n'))}}`,
      '        goals: [{kind: commandRan, pattern: x}]',
      `        hints: [{en: ${q(payloads[4]!)}, zh-CN: ${q(payloads[9]!)}}]`,
      '        solution: [x]',
    ].join('\n');
    const { pack: p, problems } = loadPack({ 'evil.yaml': pack });
    expect(problems).toEqual([]);
    const l = p!.lessons[0]!;
    for (const html of [
      renderInline(p!.title.en),
      renderInline(p!.title['zh-CN']),
      renderInline(p!.description.en),
      renderInline(l.title['zh-CN']),
      renderMarkdown(l.steps[0]!.text.en),
      renderMarkdown(l.steps[0]!.text['zh-CN']),
      ...l.steps[0]!.hints.flatMap((h) => [renderInline(h.en), renderInline(h['zh-CN'])]),
    ])
      assertHarmless(html);
  });
});
