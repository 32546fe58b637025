// i18next itself, a chunk of its own: i18n/index.ts imports it right after the
// terminal's first answer (or when the language is switched before that), and
// the panes that use react-i18next wait for it.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Messages } from './en.js';

export async function startI18next(language: string, bundles: Record<'en' | 'zh-CN', Messages>): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: bundles.en }, 'zh-CN': { translation: bundles['zh-CN'] } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
