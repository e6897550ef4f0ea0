/** An evidence sentence with the mention highlighted (EvidenceView's sentence offsets). */
import type { EvidenceView } from '../../model/api';

export function Evidence({ evidence }: { evidence: EvidenceView }) {
  const { sentence, sentenceStart, sentenceEnd } = evidence;
  const valid = sentenceStart >= 0 && sentenceEnd > sentenceStart && sentenceEnd <= sentence.length;
  return (
    <blockquote
      className="evidence"
      title={`rule: ${evidence.rule} · confidence ${evidence.confidence.toFixed(2)}`}
    >
      {evidence.inTitle ? <span className="evidence-place">Title: </span> : null}
      {valid ? (
        <>
          {sentence.slice(0, sentenceStart)}
          <mark>{sentence.slice(sentenceStart, sentenceEnd)}</mark>
          {sentence.slice(sentenceEnd)}
        </>
      ) : (
        sentence
      )}
    </blockquote>
  );
}
