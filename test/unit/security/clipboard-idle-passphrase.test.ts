import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLIPBOARD_CLEAR_MS, copySecret } from '../../../components/clipboard';
import { VAULT_IDLE_MS, watchIdle } from '../../../components/mc/idle-lock';
import { passphraseError, passphraseStrength } from '../../../lib/vault';

describe('a copied password leaves the clipboard after 60 s', () => {
  let clipboard: string;
  beforeEach(() => {
    vi.useFakeTimers();
    clipboard = '';
    vi.stubGlobal('navigator', {
      clipboard: {
        writeText: async (text: string) => {
          clipboard = text;
        },
      },
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is there until the minute is up, then gone', async () => {
    await copySecret('Rv7#kQ2m!xP9-aZ4_tL8');
    expect(CLIPBOARD_CLEAR_MS).toBe(60_000);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(clipboard).toBe('Rv7#kQ2m!xP9-aZ4_tL8');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(clipboard).toBe('');
  });

  it('a second copy restarts the minute', async () => {
    await copySecret('pierwsze');
    await vi.advanceTimersByTimeAsync(40_000);
    await copySecret('drugie');
    await vi.advanceTimersByTimeAsync(40_000);
    expect(clipboard).toBe('drugie');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(clipboard).toBe('');
  });
});

describe('the opened vault locks after 10 minutes idle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('locks after 10 minutes without activity, not while the clerk works', async () => {
    const target = new EventTarget();
    const onIdle = vi.fn();
    watchIdle(onIdle, VAULT_IDLE_MS, target);
    expect(VAULT_IDLE_MS).toBe(600_000);
    await vi.advanceTimersByTimeAsync(9 * 60_000);
    target.dispatchEvent(new Event('keydown'));
    await vi.advanceTimersByTimeAsync(9 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('a stopped watch never locks', async () => {
    const onIdle = vi.fn();
    watchIdle(onIdle, VAULT_IDLE_MS, new EventTarget()).stop();
    await vi.advanceTimersByTimeAsync(VAULT_IDLE_MS * 2);
    expect(onIdle).not.toHaveBeenCalled();
  });
});

describe('the passphrase strength is estimated (zxcvbn, Polish dictionary)', () => {
  it('refuses "aaaaaaaaaa" and other guessable ones, with a Polish message', () => {
    for (const weak of ['aaaaaaaaaa', '1234567890', 'qwertyuiop', 'haslo12345']) {
      const message = passphraseError(weak);
      expect(message, weak).toMatch(/zbyt łatwe do odgadnięcia/);
    }
    expect(passphraseError('aaaaaaaaaa')).toMatch(/Powtarzające się znaki/);
  });

  it('counts the municipality’s name as known', () => {
    expect(passphraseStrength('GminaBrudzew', ['Gmina Brudzew', 'GminaBrudzew']).score).toBeLessThan(3);
  });

  it('accepts a few ordinary words', () => {
    expect(passphraseError('zielony rower pod ratuszem')).toBeNull();
    expect(passphraseStrength('zielony rower pod ratuszem').label).toBe('bardzo dobre');
  });
});
