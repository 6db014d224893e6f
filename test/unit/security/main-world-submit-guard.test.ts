// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createSubmitGuard, mainWorldGuard } from '../../../lib/service/main-guard';

describe("the page-world guard blocks the page's own form.submit() and requestSubmit() during a fill", () => {
  it('makes both do nothing while on, and gives the originals back when off', () => {
    const proto = HTMLFormElement.prototype;
    const { submit, requestSubmit } = proto;
    expect(mainWorldGuard(true, '__k1', 60_000)).toBe(true);
    expect(proto.submit).not.toBe(submit);
    const form = document.createElement('form');
    let submitted = 0;
    form.addEventListener('submit', () => submitted++);
    document.body.append(form);
    form.requestSubmit();
    form.submit();
    expect(submitted).toBe(0);
    // Switched on twice (a second fill): one restore still gives the originals back.
    mainWorldGuard(true, '__k1', 60_000);
    mainWorldGuard(false, '__k1', 60_000);
    expect(proto.submit).toBe(submit);
    expect(proto.requestSubmit).toBe(requestSubmit);
    expect((window as unknown as Record<string, unknown>).__k1).toBeUndefined();
  });

  it('never outlives its longest time, even if nobody switches it off', async () => {
    const { submit } = HTMLFormElement.prototype;
    mainWorldGuard(true, '__k2', 5);
    expect(HTMLFormElement.prototype.submit).not.toBe(submit);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(HTMLFormElement.prototype.submit).toBe(submit);
  });
});

describe('the background switches the guard per tab', () => {
  it('installs it in every frame of the page world, and lifts it after a grace unless a new fill started', async () => {
    const calls: Array<{ tabId: number; on: boolean; allFrames: boolean; world: string }> = [];
    const guard = createSubmitGuard(async ({ target, world, args }) => {
      calls.push({ tabId: target.tabId, on: args[0], allFrames: target.allFrames, world });
    }, 5);
    await guard(3, true);
    const off = guard(3, false);
    await guard(3, true); // a refill during the grace
    await off;
    expect(calls.map((c) => c.on)).toEqual([true, true]);
    await guard(3, false);
    expect(calls.map((c) => c.on)).toEqual([true, true, false]);
    expect(calls.every((c) => c.allFrames && c.world === 'MAIN' && c.tabId === 3)).toBe(true);
  });

  it('a browser without the page world (or a refused tab) leaves the fill going', async () => {
    const guard = createSubmitGuard(async () => {
      throw new Error('world MAIN unsupported');
    }, 1);
    await expect(guard(3, true)).resolves.toBe(false);
    await expect(guard(3, false)).resolves.toBe(false);
  });
});
