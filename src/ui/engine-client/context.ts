// Hands the one EngineClient to components.
import { createContext, useContext } from 'react';
import type { EngineClient } from './client.js';

export const EngineContext = createContext<EngineClient | null>(null);

export function useEngine(): EngineClient {
  const c = useContext(EngineContext);
  if (!c) throw new Error('useEngine outside <EngineContext.Provider>');
  return c;
}
