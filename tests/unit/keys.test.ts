import { describe, expect, it } from 'vitest';
import { canonicalName, conceptKey, paperIdFromTitle, stableHash, typeOfKey } from '../../src/model/keys';

describe('canonicalName', () => {
  it.each([
    ['DAFormer', 'daformer'],
    ['Vision-Transformers', 'vision transformer'],
    ['vision  transformer', 'vision transformer'],
    ['Llama 2', 'llama2'],
    ['Llama 3', 'llama3'],
    ['Llama-3', 'llama3'],
    ['GPT-4', 'gpt4'],
    ['GPT4', 'gpt4'],
    ['GPT-3.5', 'gpt3.5'],
    ['ResNet-50', 'resnet50'],
    ['3-D reconstruction', '3d reconstruction'],
    ['3D Reconstruction', '3d reconstruction'],
    ['pre-training', 'pretraining'],
    ['Pre training', 'pretraining'],
    ['fine-tuning', 'finetuning'],
    ['data sets', 'dataset'],
    ['data augmentation', 'data augmentation'],
    ['self-attention', 'selfattention'],
    ['Self Attention', 'selfattention'],
    ['BERTs', 'bert'],
    ['LLMs', 'llm'],
    ['xPos', 'xpos'],
    ['CNNs', 'cnn'],
    ['Gaussian Process', 'gaussian process'],
    ['analysis', 'analysis'],
    ['F1', 'f1'],
    ['adaptation strategies', 'adaptation strategy'],
    ['time series', 'time series'],
    ['ablation studies', 'ablation study'],
    ['movies', 'movie'],
  ])('%s → %s', (name, expected) => {
    expect(canonicalName(name)).toBe(expected);
  });

  it('keeps versions apart', () => {
    expect(canonicalName('Llama 2')).not.toBe(canonicalName('Llama 3'));
    expect(canonicalName('GPT-3.5')).not.toBe(canonicalName('GPT-4'));
    expect(canonicalName('CIFAR-10')).not.toBe(canonicalName('CIFAR-100'));
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
