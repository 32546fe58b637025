// The page's strings before i18next has arrived (it comes with the panes, right
// after the terminal's first answer): a key looked up in the active language's
// bundle the way i18next resolves it for these bundles — nested keys, `{{name}}`
// interpolation (not escaped, as configured; a value not given left as written), `_one`/`_other` by the language's
// plural rules falling back to the bare key. boot.test.ts holds it to i18next's
// answer for every key of both bundles.

export type TOptions = Record<string, unknown> & { count?: number };

function at(messages: object, key: string): unknown {
  let o: unknown = messages;
  for (const part of key.split('.')) o = o && typeof o === 'object' ? (o as Record<string, unknown>)[part] : undefined;
  return o;
}

export function lookup(messages: object, language: string, key: string, options?: TOptions): string {
  let s: unknown;
  if (typeof options?.count === 'number') s = at(messages, `${key}_${new Intl.PluralRules(language).select(options.count)}`);
  if (typeof s !== 'string') s = at(messages, key);
  if (typeof s !== 'string') return key;
  // A value not given stays as written, as i18next leaves it.
  return s.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (written, name: string) => (options?.[name] !== undefined ? String(options[name]) : written));
}
