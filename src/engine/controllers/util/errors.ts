// Go's err.Error() for what the engine throws: a StatusError's message, an Error's message.
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
