/** The top of a details view: the kind as a coloured chip, then the name. */
import type { NodeKind } from '../../../model/api';
import { KIND_COLORS } from '../../core/atlas/style';

export function DetailsTitle({ kind, title }: { kind: NodeKind; title: string }) {
  return (
    <>
      <p className="kind-chip" style={{ ['--kind' as string]: KIND_COLORS[kind] }}>
        {kind}
      </p>
      <h2>{title}</h2>
    </>
  );
}
