// The browser entry: the engine worker (it starts at once), the active
// language's strings, the test handle, then React. i18next arrives later, with
// the panes that need it (i18n/index.ts).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n/index.js';
import { connectEngine } from './engine-client/connect.js';
import { EngineContext } from './engine-client/context.js';
import { installLabHandle } from './testing/labHandle.js';
import { startPersistence } from './features/persistence/persistence.js';
import { App } from './App.js';
import './styles.css';

const engine = connectEngine();
startPersistence(engine);
installLabHandle();
await initI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EngineContext.Provider value={engine}>
      <App />
    </EngineContext.Provider>
  </StrictMode>,
);
