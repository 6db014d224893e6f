import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import {
  generatePasswordPair,
  openVault,
  parsePasswordRules,
  passphraseError,
  sealVault,
} from '../../../lib/vault';
import { flipBit, PASSPHRASE, secrets } from './fixtures';

/** Every method console has here (log, info, warn, error, debug, trace, dir, table, group, assert, time…). */
function consoleMethods(): string[] {
  const names = new Set<string>();
  for (
    let target: object | null = console;
    target && target !== Object.prototype;
    target = Object.getPrototypeOf(target)
  )
    for (const name of Object.getOwnPropertyNames(target))
      if (typeof (console as unknown as Record<string, unknown>)[name] === 'function') names.add(name);
  return [...names].sort();
}

/** Replaces every console method with a silent spy: a failing run must not print the secrets either. */
function spyOnConsole(): Map<string, MockInstance> {
  const spies = new Map<string, MockInstance>();
  for (const name of consoleMethods())
    spies.set(
      name,
      vi.spyOn(console as unknown as Record<string, () => void>, name).mockImplementation(() => {}),
    );
  return spies;
}

const calledMethods = (spies: Map<string, MockInstance>) =>
  [...spies].filter(([, spy]) => spy.mock.calls.length > 0).map(([name]) => name);

afterEach(() => vi.restoreAllMocks());

describe('the vault never logs', () => {
  it('spies on every console method, and the spies see a call', () => {
    const spies = spyOnConsole();
    expect([...spies.keys()]).toEqual(
      expect.arrayContaining(['debug', 'dir', 'error', 'info', 'log', 'table', 'trace', 'warn']),
    );
    console.info('probe');
    (globalThis as unknown as { console: Console }).console.table(['probe']);
    expect(calledMethods(spies)).toEqual(['info', 'table']);
  });

  it('generating, sealing, opening and every failure write nothing to the console', async () => {
    const spies = spyOnConsole();
    const pair = generatePasswordPair();
    expect(pair.revocation).not.toBe(pair.p12);
    expect(parsePasswordRules({ length: 3 }).ok).toBe(false);
    expect(passphraseError('krótkie')).toMatch(/co najmniej/);
    await expect(sealVault(secrets(), 'krótkie')).rejects.toThrow(/co najmniej/);

    const envelope = await sealVault({ ...secrets(), ...pair }, PASSPHRASE);
    expect(await openVault(envelope, PASSPHRASE)).toEqual({ ok: true, secrets: { ...secrets(), ...pair } });
    expect(await openVault(envelope, `${PASSPHRASE}!`)).toMatchObject({
      ok: false,
      code: 'wrong-passphrase',
    });
    const tampered = { ...envelope, ciphertext: flipBit(envelope.ciphertext, 3) };
    expect(await openVault(tampered, PASSPHRASE)).toMatchObject({ ok: false });
    expect(await openVault({ ...envelope, version: 99 }, PASSPHRASE)).toMatchObject({ ok: false });
    expect(await openVault('nie sejf', PASSPHRASE)).toMatchObject({ ok: false });

    expect(calledMethods(spies)).toEqual([]);
  });
});

describe('the vault uses WebCrypto only', () => {
  it('imports no node:crypto anywhere in lib/vault', () => {
    const dir = join(import.meta.dirname, '../../../lib/vault');
    const files = readdirSync(dir).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    for (const name of files)
      expect(readFileSync(join(dir, name), 'utf8'), name).not.toMatch(/node:crypto|from 'crypto'/);
  });
});
