import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../ingest/extract/candidates';
import { parseText } from '../../ingest/extract/plugin';
import { NAME_RULES } from '../../ingest/extract/plugin/rules/names';
import { PHRASE_RULES } from '../../ingest/extract/plugin/rules/phrases';
import { TERM_RULES } from '../../ingest/extract/plugin/rules/terms';
import {
  RULES,
  layerOf,
  ruleOf,
  ruleLabel,
  ruleOfLabel,
  standsOnTitle,
  typeGuessed,
  type RuleId,
} from '../../ingest/extract/rules';
import { FOR_TERMS } from '../../ingest/extract/term-checks';
import { findTerms } from '../../ingest/extract/terms';
import { toSentences } from '../../ingest/extract/tokens';
import { ALWAYS, FOR_RULES } from '../../ingest/extract/vagueness';

const candidatesOf = (text: string) => {
  const doc = parseText(text);
  const sentences = toSentences(doc);
  return [...findCandidates(doc, sentences).candidates, ...findTerms(sentences, text)];
};

describe('the rule registry', () => {
  const rowIds = new Set<RuleId>([...NAME_RULES, ...PHRASE_RULES, ...TERM_RULES].map((row) => row.id));

  it.each([...rowIds])('finds the example of %s with that rule', (id) => {
    const { example } = RULES[id];
    expect(candidatesOf(`${example}.`).map((candidate) => candidate.rule)).toContain(id);
  });

  it('gives every rule that makes mentions of its own a confidence', () => {
    for (const id of rowIds) expect(ruleOf(id).confidence, id).toBeGreaterThan(0);
    for (const id of Object.keys(RULES) as RuleId[]) {
      if (layerOf(id) === 'known' || layerOf(id) === 'lexicon')
        expect(ruleOf(id).confidence, id).toBeGreaterThan(0);
    }
  });

  it('records a mention as its rule and its steps, and reads the rule back from the label', () => {
    expect(ruleLabel({ rule: 'name', steps: ['apposition'] })).toBe('name+apposition');
    expect(ruleOfLabel('corpus-propose-name+shape')).toBe('propose-name');
    expect(ruleOfLabel('term-method')).toBe('term-method');
    expect(ruleOfLabel('inspired-by')).toBeUndefined();
  });

  it('lets a shaped name stand on the title only once a step typed it', () => {
    expect(standsOnTitle({ rule: 'name' })).toBe(false);
    expect(standsOnTitle({ rule: 'name', steps: ['shape'] })).toBe(true);
    expect(standsOnTitle({ rule: 'known-method' })).toBe(true);
    expect(standsOnTitle({ rule: 'task-head' })).toBe(false);
  });

  it('counts a type as guessed when the last step was a guess', () => {
    expect(typeGuessed({ steps: ['default'] })).toBe(true);
    expect(typeGuessed({ steps: ['default', 'lineage'] })).toBe(false);
    expect(typeGuessed({})).toBe(false);
  });
});

describe('the vetoes', () => {
  const vetoes = [...ALWAYS, ...FOR_RULES, ...FOR_TERMS];

  it('have ids of their own and an example of what they drop', () => {
    const ids = vetoes.map((veto) => veto.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const veto of vetoes) expect(veto.example, veto.id).toMatch(/"[^"]+"/);
  });
});
