import type { FillReport } from '@/lib/autofill/types';

/**
 * What the injected engine leaves for the always-on script. Both run in the extension's isolated world
 * of the same frame, so this global is invisible to the page's own scripts.
 */
export interface EpuapEngine {
  fill(overwrite: string[]): Promise<FillReport>;
  readonly filling: boolean;
}

export const ENGINE_GLOBAL = '__asystentEpuapEngine';

export function engineOf(scope: object = globalThis): EpuapEngine | undefined {
  return (scope as Record<string, EpuapEngine | undefined>)[ENGINE_GLOBAL];
}
