// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LineageResponse } from '../../src/model/api';
import { FamilyTreeChart, FamilyTreeList } from '../../src/app/components/time/FamilyTree';

afterEach(cleanup);

const lineage: LineageResponse = {
  key: 'method:bert',
  name: 'BERT',
  type: 'Method',
  corpusHasYears: true,
  depth: 2,
  limit: 40,
  truncated: false,
  nodes: [
    { key: 'method:bert', name: 'BERT', type: 'Method', paperCount: 4, firstYear: 2019, depth: 0 },
    {
      key: 'method:distilbert',
      name: 'DistilBERT',
      type: 'Method',
      paperCount: 2,
      firstYear: 2020,
      depth: 1,
    },
  ],
  edges: [
    {
      from: 'method:distilbert',
      to: 'method:bert',
      type: 'EXTENDS',
      papers: 1,
      evidence: [
        {
          sentence: 'We propose DistilBERT, which extends BERT.',
          paper: { id: 'yl1', title: 'DistilBERT', year: 2020 },
        },
      ],
    },
  ],
};

describe('FamilyTreeChart', () => {
  it("shows an arrow's sentence on hover and on focus, and lists the relations as text", () => {
    const { container } = render(
      <>
        <FamilyTreeChart lineage={lineage} />
        <FamilyTreeList lineage={lineage} />
      </>,
    );
    const arrow = container.querySelector('g.family-edge') as Element;
    fireEvent.mouseEnter(arrow);
    expect(container.querySelector('figcaption')?.textContent).toContain(
      'DistilBERT extends BERTWe propose DistilBERT, which extends BERT.',
    );
    fireEvent.mouseLeave(container.querySelector('svg') as Element);
    expect(container.querySelector('figcaption')?.textContent).toMatch(/^Hover or focus an arrow/);
    fireEvent.focus(arrow);
    expect(container.querySelector('figcaption')?.textContent).toContain('which extends BERT');
    expect(screen.getByRole('region', { name: 'Family tree as a list' }).textContent).toContain(
      'DistilBERT (2020) extends BERT (2019)',
    );
    expect(
      [...container.querySelectorAll('text.family-column-label')].map((label) => label.textContent),
    ).toEqual(['2019', '2020']);
  });

  it('says the years are unknown and lays out by depth without them', () => {
    const undated = {
      ...lineage,
      corpusHasYears: false,
      nodes: lineage.nodes.map((node) => ({ ...node, firstYear: null })),
    };
    const { container } = render(<FamilyTreeChart lineage={undated} />);
    expect(container.textContent).toMatch(/years of these methods are unknown/);
    expect(
      [...container.querySelectorAll('text.family-column-label')].map((label) => label.textContent),
    ).toEqual(['this method', '1 step']);
  });
});
