// Problems in a pack, worded for a teacher in both languages: schema errors
// from ajv turned into sentences per keyword, and the other problems the
// loader and `pack lint` find. Messages name the field; the file and line
// travel beside them in PackProblem.
import type { ErrorObject } from 'ajv';
import { goalKinds, idPattern, lessonDirPattern, verbPattern, verbs, versionPattern } from './schema.js';
import type { Locale, Localized, PackProblem } from './types.js';

export const msg = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });

const typeNames: Record<string, Localized> = {
  string: msg('a string', '字符串'),
  object: msg('a mapping', '映射（键: 值）'),
  array: msg('a list', '列表'),
  integer: msg('an integer', '整数'),
  number: msg('a number', '数字'),
  boolean: msg('true or false', '布尔值（true 或 false）'),
  null: msg('empty', '空值'),
};

export function typeOf(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeList(types: string[], locale: Locale): string {
  const names = types.map((t) => typeNames[t]?.[locale] ?? t);
  return locale === 'en' ? names.join(' or ') : names.join('或');
}

function show(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  const short = s === undefined ? String(v) : s.length > 40 ? `${s.slice(0, 37)}...` : s;
  return `"${short}"`;
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return d[b.length]!;
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const dd = distance(word.toLowerCase(), c.toLowerCase());
    if (dd < bestD) {
      bestD = dd;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function patternMessage(pattern: string, value: unknown): Localized {
  const v = show(value);
  if (pattern === idPattern)
    return msg(
      `${v} is not a valid id: use lowercase letters, digits and "-", starting with a letter or digit`,
      `${v} 不是合法的 id：只能使用小写字母、数字和 "-"，并以字母或数字开头`,
    );
  if (pattern === versionPattern) return msg(`${v} is not a version like 1.0.0`, `${v} 不是形如 1.0.0 的版本号`);
  if (pattern === lessonDirPattern)
    return msg(`${v} is not a lesson folder name (letters, digits, ".", "_" and "-")`, `${v} 不是合法的课程文件夹名（只能使用字母、数字、"."、"_" 和 "-"）`);
  if (pattern === verbPattern) return msg(`${v} is not an API verb; use one of: ${verbs.join(', ')}`, `${v} 不是 API 动词，可用：${verbs.join('、')}`);
  return msg(`${v} does not match the pattern ${pattern}`, `${v} 不符合格式 ${pattern}`);
}

/** One sentence per ajv error keyword, in both languages. `value` is the offending value. */
export function schemaMessage(e: ErrorObject, value: unknown, allowed?: readonly string[]): Localized {
  const p = e.params as Record<string, any>;
  switch (e.keyword) {
    case 'required':
      return msg(`missing required field "${p.missingProperty}"`, `缺少必填字段 "${p.missingProperty}"`);
    case 'additionalProperties': {
      const guess = allowed ? closest(String(p.additionalProperty), allowed) : undefined;
      return msg(
        `unknown field "${p.additionalProperty}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
        `未知字段 "${p.additionalProperty}"${guess ? `（是不是想写 "${guess}"？）` : ''}`,
      );
    }
    case 'type': {
      const types: string[] = Array.isArray(p.type) ? p.type : String(p.type).split(',');
      const actual = typeOf(value);
      // YAML reads `1.0` as a number and `yes`-like words as text; quoting is the fix.
      const quote = types.includes('string') && ['integer', 'number', 'boolean'].includes(actual);
      return msg(
        `must be ${typeList(types, 'en')}, not ${typeNames[actual]?.en ?? actual}${quote ? ` (write it in quotes: "${String(value)}")` : ''}`,
        `应为${typeList(types, 'zh-CN')}，实际是${typeNames[actual]?.['zh-CN'] ?? actual}${quote ? `（请加上引号："${String(value)}"）` : ''}`,
      );
    }
    case 'enum': {
      const list = (p.allowedValues as unknown[]).map((x) => String(x));
      return msg(`${show(value)} is not allowed; use one of: ${list.join(', ')}`, `不允许 ${show(value)}，可用：${list.join('、')}`);
    }
    case 'const':
      return msg(`must be ${show(p.allowedValue)}`, `必须是 ${show(p.allowedValue)}`);
    case 'minItems':
      return msg(`needs at least ${p.limit} item${p.limit === 1 ? '' : 's'}`, `至少需要 ${p.limit} 项`);
    case 'minLength':
      return p.limit === 1 ? msg('must not be empty', '不能为空') : msg(`must be at least ${p.limit} characters long`, `至少需要 ${p.limit} 个字符`);
    case 'pattern':
      return patternMessage(String(p.pattern), value);
    case 'minimum':
      return msg(`must be at least ${p.limit}, not ${show(value)}`, `不能小于 ${p.limit}（现在是 ${show(value)}）`);
    case 'maximum':
      return msg(`must be at most ${p.limit}, not ${show(value)}`, `不能大于 ${p.limit}（现在是 ${show(value)}）`);
    case 'discriminator':
      if (p.error === 'mapping') {
        const guess = closest(String(p.tagValue), goalKinds);
        return msg(
          `unknown goal kind ${show(p.tagValue)}${guess ? ` (did you mean "${guess}"?)` : ''}; known kinds: ${goalKinds.join(', ')}`,
          `未知的目标类型 ${show(p.tagValue)}${guess ? `（是不是想写 "${guess}"？）` : ''}；可用的类型：${goalKinds.join('、')}`,
        );
      }
      return msg(`"${p.tag}" must be a string naming the goal kind`, `"${p.tag}" 应为表示目标类型的字符串`);
    default:
      return msg(e.message ?? e.keyword, `不符合要求（${e.keyword}）：${e.message ?? ''}`);
  }
}

const yamlCodes: Record<string, string> = {
  BAD_INDENT: '缩进不对',
  DUPLICATE_KEY: '键重复了',
  TAB_AS_INDENT: '不能用 Tab 缩进，请用空格',
  MISSING_CHAR: '缺少字符（引号或括号没有闭合？）',
  MULTILINE_IMPLICIT_KEY: '键不能跨行（是不是少了冒号后的空格，或引号没有闭合？）',
  BLOCK_AS_IMPLICIT_KEY: '这里不能出现嵌套块作为键',
  UNEXPECTED_TOKEN: '出现了意料之外的符号',
  BAD_SCALAR_START: '值的开头字符不合法（以 @ 或 ` 开头的值要加引号）',
  BAD_ALIAS: '别名（*name）有误',
  RESOURCE_EXHAUSTION: '别名展开过多',
};

export function yamlMessage(code: string, message: string): Localized {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return msg(`YAML syntax error: ${first}`, `YAML 语法错误：${yamlCodes[code] ?? first}${yamlCodes[code] ? `（${first}）` : ''}`);
}

/** `file:line:col: field: message`, as compilers print it. */
export function formatProblem(p: PackProblem, locale: Locale = 'en'): string {
  const where = [p.file, p.line, p.line !== undefined ? p.column : undefined].filter((x) => x !== undefined).join(':');
  return `${where}: ${p.field ? `${p.field}: ` : ''}${p.message[locale]}`;
}
