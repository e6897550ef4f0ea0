import { describe, expect, it } from 'vitest';

// Every app source as text, by path (Vite's glob import).
const sources = import.meta.glob<string>('../../src/app/**/*.{ts,tsx}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('the app’s boundaries', () => {
  it('sees the sources', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
  });

  it('no module but the API client calls fetch', () => {
    const offenders = Object.entries(sources)
      .filter(([path]) => !path.endsWith('/src/app/api/client.ts'))
      .filter(([, text]) => /\bfetch\s*\(/.test(text))
      .map(([path]) => path);
    expect(offenders).toEqual([]);
  });

  it('core/ holds no JSX (state apart from views)', () => {
    expect(
      Object.keys(sources).filter((path) => path.includes('/src/app/core/') && path.endsWith('.tsx')),
    ).toEqual([]);
  });
});
