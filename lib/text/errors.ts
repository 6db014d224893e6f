/**
 * What a clerk is told when something failed: the error's own message (every error we throw is a Polish
 * sentence), else `fallback` — for what threw something unexpected — else the thrown value as text.
 */
export function errorText(error: unknown, fallback?: string): string {
  if (error instanceof Error) return error.message || fallback || '';
  return fallback ?? String(error);
}
