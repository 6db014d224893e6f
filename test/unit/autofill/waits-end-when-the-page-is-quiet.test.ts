// @vitest-environment happy-dom
// The engine's waits: a result awaited comes as soon as the page shows it; a page already showing it
// costs no quiet period; a page that stopped changing ends the wait early instead of at the timeout.
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../../lib/autofill/wait';

afterEach(() => {
  document.body.innerHTML = '';
});

const found = () => document.querySelector('#done');

describe('waiting for the page', () => {
  it('with checkFirst, a page already showing the result is answered at once despite the quiet period', async () => {
    document.body.innerHTML = '<p id="done">gotowe</p>';
    const start = performance.now();
    const result = await waitFor([document.documentElement], found, {
      timeoutMs: 2000,
      settleMs: 300,
      checkFirst: true,
    });
    expect(result?.id).toBe('done');
    expect(performance.now() - start).toBeLessThan(150);
  });

  it('without checkFirst, a settled wait reads the page only after its quiet period', async () => {
    document.body.innerHTML = '<p id="done">gotowe</p>';
    const start = performance.now();
    await waitFor([document.documentElement], found, { timeoutMs: 2000, settleMs: 300 });
    expect(performance.now() - start).toBeGreaterThanOrEqual(290);
  });

  it('with quietMs, a page that stopped changing ends the wait long before the timeout', async () => {
    setTimeout(() => document.body.append(document.createElement('p')), 50);
    const start = performance.now();
    const result = await waitFor([document.documentElement], found, { timeoutMs: 5000, quietMs: 200 });
    const took = performance.now() - start;
    expect(result).toBeNull();
    expect(took).toBeGreaterThanOrEqual(240);
    expect(took).toBeLessThan(1500);
  });

  it('with quietMs, a result arriving in a later batch still ends the wait with that result', async () => {
    setTimeout(() => document.body.append(document.createElement('p')), 50);
    setTimeout(() => {
      const p = document.createElement('p');
      p.id = 'done';
      document.body.append(p);
    }, 150);
    const result = await waitFor([document.documentElement], found, { timeoutMs: 5000, quietMs: 200 });
    expect(result?.id).toBe('done');
  });
});
