import { describe, expect, it } from 'vitest';
import { canonicalName, conceptKey, paperIdFromTitle, stableHash, typeOfKey } from '../../src/model/keys';

describe('canonicalName', () => {
  it.each([
    ['DAFormer', 'daformer'],
    ['Vision-Transformers', 'vision transformer'],
    ['vision  transformer', 'vision transformer'],
    ['Llama 2', 'llama 2'],
    ['Llama 3', 'llama 3'],
    ['BERTs', 'bert'],
    ['Gaussian Process', 'gaussian process'],
    ['analysis', 'analysis'],
    ['F1', 'f1'],
  ])('%s → %s', (name, expected) => {
    expect(canonicalName(name)).toBe(expected);
  });
});

describe('keys', () => {
  it('prefixes the type', () => {
    expect(conceptKey('Method', 'DAFormer')).toBe('method:daformer');
    expect(typeOfKey('dataset:cityscape')).toBe('Dataset');
    expect(typeOfKey('nonsense')).toBeUndefined();
  });

  it('derives stable paper ids from normalised titles', () => {
    expect(paperIdFromTitle('DAFormer: Improving  Network')).toBe(
      paperIdFromTitle('daformer improving network'),
    );
    expect(paperIdFromTitle('A')).not.toBe(paperIdFromTitle('B'));
    expect(stableHash('')).toBe('cbf29ce484222325');
  });
});
