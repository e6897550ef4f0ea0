/**
 * Classes of model or training that many papers merely use or are ("LLMs", "a pretrained language model",
 * "fine-tuning"): lineage to them needs a cue of foundation (`FOUNDATION_CUES`).
 */
import { canonicalName } from '../../../src/model/keys';
import { FOUNDATION_CUES, MODEL_CLASSES } from '../plugin/words/cues';
import type { Mention } from '../types';

const CLASSES = new Set(MODEL_CLASSES);
const FOUNDATION = new Set(FOUNDATION_CUES);

/** Is the mention a class of model or training ("LLMs", "fine-tuning"), by its name or its acronym's? */
export const isModelClass = (mention: Mention): boolean =>
  [mention.text, mention.alias].some((name) => name !== undefined && CLASSES.has(canonicalName(name)));

/** Does the cue state a foundation, which even a model class can be ("applied to any existing LLM")? */
export const statesFoundation = (phrase: string): boolean => FOUNDATION.has(phrase);
