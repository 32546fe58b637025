// i18next set-up: zh-CN and en, the language from the browser (or the
// student's last choice), switchable at run time. i18next (15 KiB gzip) is not
// needed for the terminal's first answer (the terminal prints the engine's text),
// so it arrives with the panes right after it (i18nextSetup.ts); until then the
// page's own few strings (top bar, time bar, notices, placeholders) are read
// from the active language's bundle by boot.ts, the way i18next reads them.
// en is in the page (it is also the fallback); zh-CN is fetched when active.
import { useSyncExternalStore } from 'react';
import type i18next from 'i18next';
import { lookup, type TOptions } from './boot.js';
import { en, type Messages } from './en.js';

export const languages = [
  { code: 'en', label: 'English' },
  { code: 'zh-CN', label: '简体中文' },
] as const;

export type Language = (typeof languages)[number]['code'];

const storageKey = 'kubelab.language';

/** zh, zh-CN, zh-Hans-… → zh-CN; anything else → en. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const p of preferred) {
    const l = p.toLowerCase();
    if (l.startsWith('zh')) return 'zh-CN';
    if (l.startsWith('en')) return 'en';
  }
  return 'en';
}

function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(storageKey);
    if (saved === 'en' || saved === 'zh-CN') return saved;
  } catch {
    // storage may be unavailable (private mode); fall back to the browser's language
  }
  return pickLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

let language: Language = 'en';
const bundles: { en: Messages; 'zh-CN'?: Messages } = { en };
let instance: typeof i18next | undefined;
let loading: Promise<typeof i18next> | undefined;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function bundle(lang: Language): Promise<Messages> {
  if (lang === 'en') return Promise.resolve(en);
  return bundles['zh-CN'] ? Promise.resolve(bundles['zh-CN']) : import('./zh-CN.js').then((m) => (bundles['zh-CN'] = m.zhCN));
}

/** The active language's strings, before the page renders (zh-CN is a small chunk; should it fail, English). */
export async function initI18n(): Promise<void> {
  const wanted = initialLanguage();
  language = await bundle(wanted).then(
    () => wanted,
    () => 'en' as const,
  );
  document.documentElement.lang = language;
}

/** i18next with both bundles (once; a failed load may be retried). The panes using react-i18next wait for it. */
export function loadI18next(): Promise<typeof i18next> {
  loading ??= Promise.all([import('./i18nextSetup.js'), bundle('zh-CN')])
    .then(([m, zh]) => m.startI18next(language, { en, 'zh-CN': zh }))
    .then(
      (i18n) => {
        instance = i18n;
        i18n.on('languageChanged', (lng: string) => {
          language = lng === 'zh-CN' ? 'zh-CN' : 'en';
          notify();
        });
        return i18n;
      },
      (e: unknown) => {
        loading = undefined;
        throw e;
      },
    );
  return loading;
}

/** A chunk whose components use react-i18next: resolves once i18next is ready too (both fetched at once). */
export function withI18next<T>(chunk: Promise<T>): Promise<T> {
  return Promise.all([chunk, loadI18next()]).then(([m]) => m);
}

/** A page string: through i18next once it is there, from the active bundle before. */
export function t(key: string, options?: TOptions): string {
  return instance ? instance.t(key, options) : lookup(bundles[language] ?? en, language, key, options);
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const current = () => language;

/** For the page's own components (those drawn before i18next arrives): `t` and the language, re-rendered when it changes. */
export function useT(): { t: typeof t; language: Language } {
  return { t, language: useSyncExternalStore(subscribe, current, current) };
}

export async function setLanguage(lang: Language): Promise<void> {
  const i18n = await loadI18next();
  await i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // not persisted; the switch still applies to this page
  }
}
