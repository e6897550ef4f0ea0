/** A concept: name, type, aliases, its papers with evidence, results, lineage, related methods. */
import { useState } from 'react';
import type { ConceptDetails, RelatedMethod, TimelineResponse } from '../../../model/api';
import { MENTION_VERBS } from '../../../model/concepts';
import { loadMorePapers } from '../../core/details/actions';
import type { Loadable } from '../../core/store';
import { intents } from '../../core/view/intents';
import { DetailsTitle } from './DetailsTitle';
import { ConceptLink, PaperLink } from '../ConceptLink';
import { Evidence } from '../Evidence';
import { LineageList } from './LineageList';
import { ResultsList } from './ResultsList';
import { TimelineChart } from '../time/TimelineChart';

export function ConceptDetailsView({
  concept,
  related,
  timeline,
}: {
  concept: ConceptDetails;
  related: Loadable<RelatedMethod[]>;
  timeline?: Loadable<TimelineResponse> | undefined;
}) {
  const aliases = concept.aliases.filter((alias) => alias.toLowerCase() !== concept.name.toLowerCase());
  return (
    <article className="details-concept">
      <DetailsTitle kind={concept.type} title={concept.name} />
      {aliases.length > 0 && (
        <p className="aliases">
          also <span>{aliases.join(', ')}</span>
        </p>
      )}
      <p className="facts">
        {concept.paperCount} {concept.paperCount === 1 ? 'paper' : 'papers'}
        {concept.cluster && (
          <>
            {' · cluster '}
            <button
              type="button"
              className="link"
              onClick={() => intents.openCluster(concept.cluster?.id ?? '')}
            >
              {concept.cluster.label}
            </button>
          </>
        )}
      </p>

      {timeline && <TimelineSection timeline={timeline} />}

      <section aria-label="Papers">
        <h3>Papers ({concept.paperTotal})</h3>
        <ol className="paper-list">
          {concept.papers.map((paper) => (
            <li key={paper.id}>
              <PaperLink paper={paper} />
              <span className="relation">
                {MENTION_VERBS[paper.relation] ?? paper.relation}
                {paper.role ? ` · ${paper.role}` : ''}
              </span>
              {paper.evidence.map((evidence) => (
                <Evidence key={`${evidence.start}-${evidence.end}`} evidence={evidence} />
              ))}
            </li>
          ))}
        </ol>
        {concept.papers.length < concept.paperTotal && (
          <button type="button" className="link show-more" onClick={() => void loadMorePapers(concept.key)}>
            Show more papers ({concept.paperTotal - concept.papers.length} more)
          </button>
        )}
      </section>

      {concept.type === 'Method' && <RelatedMethods related={related} />}

      {concept.results.length > 0 && <ResultsList results={concept.results} total={concept.resultTotal} />}
      {concept.lineage.length > 0 && (
        <section aria-label="Lineage">
          <h3>Lineage</h3>
          <LineageList
            items={concept.lineage.map((item) => ({
              type: item.type,
              from:
                item.direction === 'out'
                  ? { key: concept.key, name: concept.name, type: concept.type }
                  : item.other,
              to:
                item.direction === 'out'
                  ? item.other
                  : { key: concept.key, name: concept.name, type: concept.type },
              sentence: item.sentence,
              paper: item.paper,
            }))}
          />
        </section>
      )}
    </article>
  );
}

function RelatedMethods({ related }: { related: Loadable<RelatedMethod[]> }) {
  return (
    <section aria-label="Related methods">
      <h3>Related methods</h3>
      {related.status === 'loading' && <p className="muted">Finding related methods…</p>}
      {related.status === 'error' && (
        <p className="error-text">Could not load related methods: {related.error.message}</p>
      )}
      {related.status === 'ready' && related.data.length === 0 && <p className="muted">None found yet.</p>}
      {related.status === 'ready' && related.data.length > 0 && (
        <ol className="related-list">
          {related.data.map((method) => (
            <li key={method.key}>
              <ConceptLink concept={method} />
              <span className="score" title="relatedness score">
                {method.score.toFixed(2)}
              </span>
              <p className="reason">{method.reason}</p>
              <SharedItems method={method} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function TimelineSection({ timeline }: { timeline: Loadable<TimelineResponse> }) {
  return (
    <section aria-label="Timeline">
      <h3>Papers per year</h3>
      {timeline.status === 'loading' && <p className="muted">Counting papers per year…</p>}
      {timeline.status === 'error' && (
        <p className="error-text">Could not load the timeline: {timeline.error.message}</p>
      )}
      {timeline.status === 'ready' && !timeline.data.corpusHasYears && (
        <p className="muted">This corpus gives no publication years, so there is no timeline.</p>
      )}
      {timeline.status === 'ready' && timeline.data.corpusHasYears && (
        <TimelineChart
          points={timeline.data.points}
          firstYear={timeline.data.firstYear}
          peakYear={timeline.data.peak?.year ?? null}
          label={`${timeline.data.name} papers per year`}
        />
      )}
    </section>
  );
}

/** Chips shown for a related method before "+N more". */
export const SHARED_CHIPS = 4;

/** What the two methods share, most specific first (the server's order), a few chips then "+N more". */
function SharedItems({ method }: { method: RelatedMethod }) {
  const [open, setOpen] = useState(false);
  const items = method.shared;
  if (items.length === 0) return null;
  const shown = open ? items : items.slice(0, SHARED_CHIPS);
  return (
    <p className="reason-items">
      {shown.map((item) => (
        <ConceptLink key={item.key} concept={item} />
      ))}
      {items.length > shown.length && (
        <button type="button" className="link more-chips" onClick={() => setOpen(true)}>
          +{items.length - shown.length} more
        </button>
      )}
    </p>
  );
}
