import { describe, expect, it } from 'vitest';
import { CONCEPT_TYPES } from '../../src/model/concepts';
import {
  canonicalName,
  clusterIdOf,
  clusterNodeId,
  conceptKey,
  normalisedTitle,
  paperIdFromTitle,
  paperIdOf,
  paperNodeId,
  stableHash,
  typeOfKey,
} from '../../src/model/keys';

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
    ['Naive Bayes', 'naive bayes'],
    ['ablation studies', 'ablation study'],
    ['movies', 'movie'],
    ['adversarial losses', 'adversarial loss'],
    ['processes', 'process'],
    ['MARS', 'mars'],
    ['DARTS', 'darts'],
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
    expect(typeOfKey('paper:2111.14887')).toBeUndefined();
    expect(typeOfKey('Method:x')).toBeUndefined();
    for (const type of CONCEPT_TYPES) expect(typeOfKey(conceptKey(type, 'Some Name'))).toBe(type);
  });

  it('names payload nodes of papers and clusters by prefix, and reads the id back', () => {
    expect(paperNodeId('2111.14887')).toBe('paper:2111.14887');
    expect(paperIdOf(paperNodeId('t-1a:2'))).toBe('t-1a:2');
    expect(clusterIdOf(clusterNodeId('task:semantic segmentation'))).toBe('task:semantic segmentation');
    expect(paperIdOf(clusterNodeId('1'))).toBeUndefined();
    expect(clusterIdOf('method:daformer')).toBeUndefined();
  });

  it('derives stable paper ids from normalised titles', () => {
    expect(paperIdFromTitle('DAFormer: Improving  Network')).toBe(
      paperIdFromTitle('daformer improving network'),
    );
    expect(paperIdFromTitle('A')).not.toBe(paperIdFromTitle('B'));
    expect(normalisedTitle('Ｇated  Routers: A Study!')).toBe('gated routers a study');
    expect(stableHash('')).toBe('cbf29ce484222325');
  });
});
