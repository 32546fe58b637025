// The left pane until lessons exist: what this lab is, commands worth trying
// (a click types one into the terminal), the terminal keys and time controls.
import { useTranslation } from 'react-i18next';
import { whenTerminal } from '../terminal/activeTerminal.js';

const tryCommands: { cmd: string; key: string }[] = [
  { cmd: 'kubectl get ns', key: 'lesson.cmdNamespaces' },
  { cmd: 'kubectl get svc -A', key: 'lesson.cmdServices' },
  { cmd: 'kubectl get nodes', key: 'lesson.cmdNodes' },
  { cmd: 'kubectl get pods -A', key: 'lesson.cmdPods' },
  { cmd: 'kubectl create deployment web --image=nginx', key: 'lesson.cmdRun' },
  { cmd: 'kubectl get deploy,rs,pods', key: 'lesson.cmdOwners' },
  { cmd: 'kubectl get pods -w', key: 'lesson.cmdWatch' },
  { cmd: 'sleep 30', key: 'lesson.cmdSleep' },
];

async function typeCommand(cmd: string): Promise<void> {
  const term = await whenTerminal();
  term.type(cmd);
  term.focus();
}

export function WelcomePanel() {
  const { t } = useTranslation();
  return (
    <div className="welcome" data-testid="welcome">
      <h2>{t('lesson.heading')}</h2>
      <p>{t('lesson.intro')}</p>
      <h3>{t('lesson.tryHeading')}</h3>
      <p className="muted">{t('lesson.tryHint')}</p>
      <ul className="try-list">
        {tryCommands.map(({ cmd, key }) => (
          <li key={cmd}>
            <button type="button" className="cmd" onClick={() => void typeCommand(cmd)} data-testid="try-command">
              <code>{cmd}</code>
            </button>
            <span className="muted">{t(key)}</span>
          </li>
        ))}
      </ul>
      <h3>{t('lesson.keysHeading')}</h3>
      <p>{t('lesson.keys')}</p>
      <h3>{t('lesson.timeHeading')}</h3>
      <p>{t('lesson.time')}</p>
      <p className="muted">{t('lesson.noLessons')}</p>
    </div>
  );
}
