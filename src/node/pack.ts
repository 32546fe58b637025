// `kubelab pack lint PATH` and `kubelab pack test PATH`: the teacher's tools.
import { lintPack } from '../lessons/lint.js';
import { formatProblem } from '../lessons/problems.js';
import { formatReports, testPack } from '../lessons/run.js';
import type { Locale } from '../lessons/types.js';
import { readPackFiles } from './packfs.js';

function option(args: string[], name: string): string | undefined {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const a = args[i]!;
  const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[i + 1];
  args.splice(i, a.includes('=') ? 1 : 2);
  return v;
}

export function pack(argv: string[], usage: string): number {
  const args = [...argv];
  const sub = args.shift();
  const lang = option(args, 'lang');
  const only = option(args, 'lesson');
  const path = args[0];
  if ((sub !== 'lint' && sub !== 'test') || !path) {
    process.stderr.write(usage);
    return 2;
  }
  const locale: Locale = lang === 'zh-CN' || (!lang && /^zh/i.test(process.env.LANG ?? '')) ? 'zh-CN' : 'en';
  const { pack: loaded, problems } = lintPack(readPackFiles(path), { cluster: sub === 'lint' });
  for (const p of problems) process.stdout.write(formatProblem(p, locale) + '\n');
  if (sub === 'lint') {
    const n = problems.length;
    process.stdout.write(
      locale === 'zh-CN' ? (n ? `发现 ${n} 个问题\n` : `${path}：没有问题\n`) : n ? `${n} problem${n === 1 ? '' : 's'}\n` : `${path}: no problems\n`,
    );
    return n ? 1 : 0;
  }
  if (!loaded || problems.length) return 1;
  const reports = testPack(loaded, { ...(only ? { only } : {}) });
  process.stdout.write(formatReports(reports, loaded, locale));
  return reports.every((r) => r.ok) && reports.length ? 0 : 1;
}
