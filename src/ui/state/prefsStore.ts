// The student's preferences for the page: theme and whether the lesson pane
// is open. Kept in localStorage so a reload keeps them.
import { create } from 'zustand';

export type Theme = 'dark' | 'light';

const themeKey = 'kubelab.theme';
const lessonsKey = 'kubelab.lessonsOpen';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // not persisted; the choice still applies to this page
  }
}

function initialTheme(): Theme {
  const saved = read(themeKey);
  if (saved === 'dark' || saved === 'light') return saved;
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
}

export interface PrefsState {
  theme: Theme;
  lessonsOpen: boolean;
  setTheme(t: Theme): void;
  toggleLessons(): void;
}

export const usePrefs = create<PrefsState>()((set, get) => ({
  theme: initialTheme(),
  lessonsOpen: read(lessonsKey) !== 'false',
  setTheme: (theme) => {
    write(themeKey, theme);
    set({ theme });
  },
  toggleLessons: () => {
    const lessonsOpen = !get().lessonsOpen;
    write(lessonsKey, String(lessonsOpen));
    set({ lessonsOpen });
  },
}));
