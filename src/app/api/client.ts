/**
 * The app's only HTTP client: every request to the server goes through `api`, which turns a non-2xx
 * answer into an `ApiError` carrying the server's `{error:{code,message,position?}}` body.
 *
 * @example
 * const { hits } = await api.search('daformer', { limit: 8 });
 */
import type {
  ApiErrorBody,
  ClusterDetails,
  ClustersResponse,
  ConceptDetails,
  CypherRequest,
  CypherResponse,
  GraphPayload,
  HealthResponse,
  LineageResponse,
  PaperDetails,
  RelatedResponse,
  SavedQuery,
  SearchResponse,
  TimelineResponse,
  TrendsResponse,
} from '../../model/api';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly position: ApiErrorBody['error']['position'];

  constructor(status: number, body: ApiErrorBody['error']) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.position = body.position;
  }

  /** The database (not the request) is the problem: the server answers 503 while Neo4j is down. */
  get unavailable(): boolean {
    return this.status === 503 || this.status === 0;
  }
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'message' in error;
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  } catch (cause) {
    throw new ApiError(0, { code: 'network', message: `api: cannot reach the server (${String(cause)})` });
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    if (isErrorBody(body)) throw new ApiError(response.status, body.error);
    const code = response.status === 503 ? 'unavailable' : `http_${response.status}`;
    throw new ApiError(response.status, { code, message: `api: ${path} answered ${response.status}` });
  }
  return body as T;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const segment = encodeURIComponent;

export const api = {
  health: () => request<HealthResponse>('/api/health'),
  search: (q: string, options: { types?: string[]; limit?: number } = {}) =>
    request<SearchResponse>(
      `/api/search${query({ q, types: options.types?.join(','), limit: options.limit })}`,
    ),
  concept: (key: string, options: { papers?: number; offset?: number } = {}) =>
    request<ConceptDetails>(
      `/api/concepts/${segment(key)}${query({ papers: options.papers, offset: options.offset })}`,
    ),
  related: (key: string) => request<RelatedResponse>(`/api/concepts/${segment(key)}/related`),
  timeline: (key: string) => request<TimelineResponse>(`/api/concepts/${segment(key)}/timeline`),
  lineage: (key: string, options: { depth?: number; limit?: number } = {}) =>
    request<LineageResponse>(
      `/api/concepts/${segment(key)}/lineage${query({ depth: options.depth, limit: options.limit })}`,
    ),
  trends: (options: { from?: number; to?: number; type?: string; limit?: number } = {}) =>
    request<TrendsResponse>(
      `/api/trends${query({ from: options.from, to: options.to, type: options.type, limit: options.limit })}`,
    ),
  paper: (id: string) => request<PaperDetails>(`/api/papers/${segment(id)}`),
  neighborhood: (keys: string[], options: { depth?: number; limit?: number } = {}) =>
    request<GraphPayload>(
      `/api/graph/neighborhood${query({ keys: keys.join(','), depth: options.depth, limit: options.limit })}`,
    ),
  /** The top level, or with `theme` that theme's children. */
  clusters: (theme?: string) => request<ClustersResponse>(`/api/clusters${query({ theme })}`),
  cluster: (id: string, options: { limit?: number; papers?: number } = {}) =>
    request<ClusterDetails>(
      `/api/clusters/${segment(id)}${query({ limit: options.limit, papers: options.papers })}`,
    ),
  queries: () => request<SavedQuery[]>('/api/queries'),
  cypher: (body: CypherRequest) =>
    request<CypherResponse>('/api/cypher', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    }),
};

export type Api = typeof api;
