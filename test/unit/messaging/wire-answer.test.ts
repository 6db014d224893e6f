import { describe, expect, it } from 'vitest';
import { readWireAnswer, wireMessage } from '../../../lib/messaging/wire-answer';

describe('the messenger wire answer is read the same way everywhere', () => {
  it('gives the result, even a null one', () => {
    expect(readWireAnswer({ res: { recorded: true } }, 'brak')).toEqual({ recorded: true });
    expect(readWireAnswer({ res: null }, 'brak')).toBeNull();
  });

  it("turns the background's refusal into its own Polish message", () => {
    expect(() =>
      readWireAnswer({ err: { message: 'Asystent ePUAP odrzucił to polecenie' } }, 'brak'),
    ).toThrow('Asystent ePUAP odrzucił to polecenie');
    expect(() => readWireAnswer({ err: {} }, 'Rozszerzenie nie odpowiada.')).toThrow(
      'Rozszerzenie nie odpowiada.',
    );
  });

  it('treats no answer, or an answer of another shape, as no answer', () => {
    for (const answer of [undefined, null, 'ok', 42, {}, { ok: true, data: 1 }])
      expect(() => readWireAnswer(answer, 'Rozszerzenie nie odpowiada.')).toThrow(
        'Rozszerzenie nie odpowiada.',
      );
  });

  it('sends what the messenger sends', () => {
    const message = wireMessage('epuap.bannerSeen', { banner: null });
    expect(message).toMatchObject({ type: 'epuap.bannerSeen', data: { banner: null } });
    expect(Number.isInteger(message.id) && message.timestamp > 0).toBe(true);
  });
});
