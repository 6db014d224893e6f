// The engine reads a value beside its label with the shared reader (lib/text/labelled-text.ts, one of the
// two dependency-free modules lib/autofill may import) and its own label rules.

import { findLabelledText as findText, type LabelledText } from '../text/labelled-text';
import { cleanLabel } from './text';

export type { LabelledText };

/**
 * The value shown beside one of `labels`, labels compared the engine's way: all decorations stripped
 * (./text `cleanLabel`), and "Adresat i treść" (a section heading) is a phrase, not a label and its value.
 */
export function findLabelledText(root: Element, labels: readonly string[]): LabelledText | null {
  return findText(root, labels, { clean: cleanLabel, separated: true });
}
