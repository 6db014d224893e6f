import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnPl from '@zxcvbn-ts/language-pl';

export const MIN_PASSPHRASE_LENGTH = 10;
export const MAX_PASSPHRASE_LENGTH = 1024;
/**
 * zxcvbn's score (0–4) a passphrase needs: 3 means about 10⁸ guesses, which PBKDF2 at 600 000
 * iterations turns into years of work for a stolen vault. Ten letters "a" score 0.
 */
export const MIN_PASSPHRASE_SCORE = 3;

/**
 * The same passphrase typed on two systems can arrive as different Unicode sequences ("ą" as one code
 * point or as "a" + ogonek). Normalising to NFC before deriving the key means it opens the vault either way.
 */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

let estimator: ZxcvbnFactory | null = null;

/** zxcvbn with the common and the Polish dictionaries (Polish words, names, feedback in Polish). */
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations: zxcvbnPl.translations,
    graphs: zxcvbnCommon.adjacencyGraphs,
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnPl.dictionary },
  });
  return estimator;
}

export interface PassphraseStrength {
  /** 0 (guessed at once) to 4 (very strong). */
  score: 0 | 1 | 2 | 3 | 4;
  /** Polish words for the meter. */
  label: string;
  /** zxcvbn's Polish warning and suggestions, when it has any. */
  advice: string[];
}

const LABELS = ['bardzo słabe', 'słabe', 'przeciętne', 'dobre', 'bardzo dobre'] as const;

/**
 * How hard the passphrase is to guess, with `related` words (the municipality's name…) counted as
 * known to an attacker. Only the first 100 characters are estimated: longer ones are long enough.
 */
export function passphraseStrength(passphrase: string, related: string[] = []): PassphraseStrength {
  const result = strengthEstimator().check(normalizePassphrase(passphrase).slice(0, 100), related);
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(
    (text): text is string => !!text,
  );
  return { score: result.score, label: LABELS[result.score], advice };
}

/** Polish message when the passphrase the clerk chose is too weak to protect the vault, else null. */
export function passphraseError(passphrase: string, related: string[] = []): string | null {
  const length = [...normalizePassphrase(passphrase)].length;
  if (passphrase.trim().length === 0 || length < MIN_PASSPHRASE_LENGTH)
    return `Hasło do sejfu musi mieć co najmniej ${MIN_PASSPHRASE_LENGTH} znaków. Najłatwiej zapamiętać kilka słów oddzielonych spacjami.`;
  if (length > MAX_PASSPHRASE_LENGTH)
    return `Hasło do sejfu może mieć najwyżej ${MAX_PASSPHRASE_LENGTH} znaków.`;
  const strength = passphraseStrength(passphrase, related);
  if (strength.score < MIN_PASSPHRASE_SCORE)
    return `Hasło do sejfu jest zbyt łatwe do odgadnięcia (${strength.label}). ${strength.advice.join(' ')} Najlepiej kilka zwykłych, niepowiązanych słów, np. „zielony rower pod ratuszem”.`.replace(
      /\s+/g,
      ' ',
    );
  return null;
}
