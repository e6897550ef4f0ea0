/** Method lineage: "A extends B", with the sentence and the paper that says so. */
import type { ConceptRef, PaperRef } from '../../../model/api';
import { LINEAGE_VERBS, type LineageType } from '../../../model/concepts';
import { ConceptLink, PaperLink } from '../ConceptLink';

export interface LineageItem {
  type: LineageType;
  from: ConceptRef;
  to: ConceptRef;
  sentence: string;
  paper?: PaperRef;
}

export function LineageList({ items }: { items: LineageItem[] }) {
  return (
    <ul className="lineage-list">
      {items.map((item, index) => (
        <li key={`${item.from.key}-${item.type}-${item.to.key}-${index}`}>
          <p>
            <ConceptLink concept={item.from} /> {LINEAGE_VERBS[item.type]} <ConceptLink concept={item.to} />
          </p>
          <blockquote className="evidence">{item.sentence}</blockquote>
          {item.paper && <PaperLink paper={item.paper} />}
        </li>
      ))}
    </ul>
  );
}
