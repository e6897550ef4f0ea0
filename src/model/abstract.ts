/** One paper as read from a corpus file, before any extraction. */
export interface Abstract {
  /** The input's id when it has one (echoed as given), else `paperIdFromTitle(title)`. */
  id: string;
  title: string;
  abstract: string;
  year?: number;
  venue?: string;
  url?: string;
  authors?: string[];
  categories?: string[];
  /** Where it came from, for messages: `file:line`. */
  source: string;
}
