// The browser entry: i18n, the engine worker, the test handle, then React.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from './i18n/index.js';
import { connectEngine } from './engine-client/connect.js';
import { EngineContext } from './engine-client/context.js';
import { installLabHandle } from './testing/labHandle.js';
import { startPersistence } from './features/persistence/persistence.js';
import { App } from './App.js';
import './styles.css';

const i18n = await initI18n();
const engine = connectEngine();
startPersistence(engine);
installLabHandle();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <EngineContext.Provider value={engine}>
        <App />
      </EngineContext.Provider>
    </I18nextProvider>
  </StrictMode>,
);
