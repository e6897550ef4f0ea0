/** A concept or paper name that opens it (in the graph when it is there, else its neighbourhood). */
import type { ReactNode } from 'react';
import type { ConceptRef, PaperRef } from '../../model/api';
import { paperNodeId } from '../../model/keys';
import { KIND_COLORS } from '../core/atlas/style';
import { intents } from '../core/view/intents';

export function ConceptLink({ concept, children }: { concept: ConceptRef; children?: ReactNode }) {
  return (
    <button
      type="button"
      className="link concept-link"
      onClick={() => intents.reveal(concept.key)}
      title={`${concept.type}: ${concept.name}`}
    >
      <span className="dot" style={{ background: KIND_COLORS[concept.type] }} aria-hidden="true" />
      {children ?? concept.name}
    </button>
  );
}

export function PaperLink({ paper }: { paper: PaperRef }) {
  return (
    <button type="button" className="link paper-link" onClick={() => intents.reveal(paperNodeId(paper.id))}>
      {paper.title}
      {paper.year !== undefined && <span className="muted"> ({paper.year})</span>}
    </button>
  );
}
