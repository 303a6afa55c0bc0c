// A typed fetch client for the API: GETs with query strings, JSON or multipart writes with the
// token as Bearer, and problem+json answers turned into ApiError with the server's detail.
import type {
  AgreementList,
  AnalyticsResult,
  DocumentDetail,
  EntityDetail,
  GraphFilters,
  Health,
  NeighborhoodResult,
  OverviewResult,
  PathsResult,
  Problem,
  RelationshipDetail,
  SearchResult,
  Stats,
  Timeline,
} from './types';

export type QueryValue = string | number | boolean | readonly string[] | null | undefined;
export type Query = Record<string, QueryValue>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  /** The server or the database could not be reached (not a refusal of the request). */
  get unreachable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503;
  }
}

/** `?a=1&b=x,y`: lists comma-joined, empty values left out. */
export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface RequestOptions {
  query?: Query;
  /** JSON body (or FormData for uploads). */
  body?: unknown;
  signal?: AbortSignal;
}

export class ApiClient {
  constructor(
    private readonly base = '/api',
    private readonly tokenStore: () => string | null = () => null,
  ) {}

  token(): string | null {
    return this.tokenStore();
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.fetch(method, path, options);
    return (await response.json()) as T;
  }

  /** The raw response (downloads, streams); throws ApiError unless 2xx. */
  async fetch(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = this.tokenStore();
    if (token && method !== 'GET') headers.Authorization = `Bearer ${token}`;
    let body: BodyInit | undefined;
    if (options.body instanceof FormData) body = options.body;
    else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    let response: Response;
    try {
      response = await fetch(this.base + path + queryString(options.query), {
        method,
        headers,
        body,
        signal: options.signal,
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError(0, null, `The server cannot be reached (${(error as Error).message})`);
    }
    if (!response.ok) throw await problemError(response);
    return response;
  }

  get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
    return this.request<T>('GET', path, { query, signal });
  }

  post<T>(path: string, body?: unknown, query?: Query): Promise<T> {
    return this.request<T>('POST', path, { body, query });
  }

  health = () => this.get<Health>('/health');
  stats = () => this.get<Stats>('/stats');
  search = (
    q: string,
    options: { label?: string[]; limit?: number; offset?: number } = {},
    signal?: AbortSignal,
  ) => this.get<SearchResult>('/search', { q, ...options }, signal);
  entity = (id: string) => this.get<EntityDetail>(`/entities/${encodeURIComponent(id)}`, { follow: 'true' });
  relationship = (id: string) => this.get<RelationshipDetail>(`/relationships/${encodeURIComponent(id)}`);
  document = (id: string) => this.get<DocumentDetail>(`/documents/${encodeURIComponent(id)}`);
  agreements = (query: Query = {}) => this.get<AgreementList>('/agreements', query);
  timeline = (granularity: 'month' | 'year', query: Query = {}) =>
    this.get<Timeline>('/agreements/timeline', { granularity, ...query });

  neighborhood = (
    ids: readonly string[],
    options: GraphFilters & { depth?: number; limit?: number; offset?: number } = {},
  ) => this.get<NeighborhoodResult>('/graph/neighborhood', { id: ids, ...options });
  paths = (
    from: string,
    to: string,
    options: { maxLength?: number; types?: string[]; limit?: number } = {},
  ) => this.get<PathsResult>('/paths', { from, to, ...options });
  overview = (options: GraphFilters & { limit?: number } = {}) =>
    this.get<OverviewResult>('/graph/overview', options);
  analytics = (options: { ids?: readonly string[]; metrics?: string[]; limit?: number } = {}) =>
    this.get<AnalyticsResult>('/analytics', options);
}

async function problemError(response: Response): Promise<ApiError> {
  let problem: Problem | null = null;
  try {
    const body = (await response.json()) as Partial<Problem>;
    if (body && typeof body.detail === 'string') problem = body as Problem;
  } catch {
    // not JSON: the status says enough
  }
  const message = problem?.detail ?? `${response.status} ${response.statusText}`;
  return new ApiError(response.status, problem, message);
}
