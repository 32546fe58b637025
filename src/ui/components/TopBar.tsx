// The header: lesson-pane toggle, title, language and theme switches, reset.
import { languages, setLanguage, useT, type Language } from '../i18n/index.js';
import { useEngine } from '../engine-client/context.js';
import { useLab } from '../state/labStore.js';
import { usePrefs } from '../state/prefsStore.js';

export function TopBar() {
  const { t, language } = useT();
  const client = useEngine();
  const { theme, setTheme, lessonsOpen, toggleLessons } = usePrefs();
  const ready = useLab((s) => s.status === 'ready');

  const reset = () => {
    if (!window.confirm(t('toolbar.resetConfirm'))) return;
    void client.request('cluster.reset', {}).then((s) => useLab.getState().applySnapshot(s));
  };

  return (
    <header className="top-bar">
      <button
        type="button"
        className="icon"
        data-testid="toggle-lessons"
        aria-expanded={lessonsOpen}
        aria-controls="lesson-pane"
        title={lessonsOpen ? t('toolbar.hideLessons') : t('toolbar.showLessons')}
        onClick={toggleLessons}
      >
        {lessonsOpen ? '⟨' : '⟩'}
      </button>
      <h1>
        {t('app.title')} <span className="muted">{t('app.tagline')}</span>
      </h1>
      <div className="spacer" />
      <label>
        <span className="visually-hidden">{t('toolbar.language')}</span>
        <select data-testid="language" value={language} onChange={(e) => void setLanguage(e.target.value as Language)} aria-label={t('toolbar.language')}>
          {languages.map((l) => (
            <option key={l.code} value={l.code}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="theme" onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')} aria-label={t('toolbar.theme')}>
        {theme === 'dark' ? t('toolbar.themeLight') : t('toolbar.themeDark')}
      </button>
      <button type="button" data-testid="reset" disabled={!ready} onClick={reset}>
        {t('toolbar.reset')}
      </button>
    </header>
  );
}
