/** A paper: title, year, venue, link, abstract, the concepts it mentions (with evidence), results, lineage. */
import type { PaperDetails } from '../../../model/api';
import { KIND_COLORS } from '../../core/atlas/style';
import { DetailsTitle } from './DetailsTitle';
import { ConceptLink } from '../ConceptLink';
import { Evidence } from '../Evidence';
import { LineageList } from './LineageList';
import { ResultsList } from './ResultsList';

interface PaperLink {
  label: string;
  href: string;
  title: string;
}

/**
 * Where the paper can be read: its DOI, arXiv page, OpenAlex work and Semantic Scholar page when known, and
 * its own URL unless it is one of those.
 */
export function paperLinks(paper: PaperDetails): PaperLink[] {
  const links: PaperLink[] = [];
  if (paper.doi) {
    links.push({ label: 'DOI', href: `https://doi.org/${paper.doi}`, title: paper.doi });
  }
  if (paper.arxivId) {
    links.push({ label: 'arXiv', href: `https://arxiv.org/abs/${paper.arxivId}`, title: paper.arxivId });
  }
  if (paper.openalexId) {
    links.push({
      label: 'OpenAlex',
      href: `https://openalex.org/${paper.openalexId}`,
      title: paper.openalexId,
    });
  }
  if (paper.s2Id) {
    links.push({
      label: 'Semantic Scholar',
      href: `https://www.semanticscholar.org/paper/${paper.s2Id}`,
      title: paper.s2Id,
    });
  }
  if (paper.url && !links.some((link) => sameAddress(link.href, paper.url ?? ''))) {
    links.push({ label: 'URL', href: paper.url, title: paper.url });
  }
  return links;
}

/** `http://arxiv.org/abs/x` and `https://arxiv.org/abs/x/` are one address. */
function sameAddress(a: string, b: string): boolean {
  const plain = (url: string) =>
    url
      .replace(/^https?:\/\/(?:www\.|dx\.)?/, '')
      .replace(/\/$/, '')
      .toLowerCase();
  return plain(a) === plain(b);
}

export function PaperDetailsView({ paper }: { paper: PaperDetails }) {
  return (
    <article className="details-paper">
      <DetailsTitle kind="Paper" title={paper.title} />
      <p className="facts">
        {[paper.year, paper.venue].filter(Boolean).join(' · ')}
        {paperLinks(paper).map((link) => (
          <span key={link.label}>
            {' · '}
            <a href={link.href} target="_blank" rel="noreferrer" title={link.title}>
              {link.label}
            </a>
          </span>
        ))}
      </p>
      <details className="abstract">
        <summary>Abstract</summary>
        <p>{paper.abstract}</p>
      </details>
      <section aria-label="Concepts">
        <h3>Concepts ({paper.entities.length})</h3>
        <ul className="entity-list">
          {paper.entities.map((entity) => (
            <li key={entity.key}>
              <p>
                <ConceptLink concept={entity} />
                <span className="relation" style={{ color: KIND_COLORS[entity.type] }}>
                  {entity.type}
                  {entity.role ? ` · ${entity.role}` : ''}
                </span>
              </p>
              {entity.evidence.slice(0, 2).map((evidence) => (
                <Evidence key={`${evidence.start}-${evidence.end}`} evidence={evidence} />
              ))}
            </li>
          ))}
        </ul>
      </section>
      {paper.results.length > 0 && <ResultsList results={paper.results} showPaper={false} />}
      {paper.lineage.length > 0 && (
        <section aria-label="Lineage">
          <h3>Lineage</h3>
          <LineageList items={paper.lineage} />
        </section>
      )}
    </article>
  );
}
