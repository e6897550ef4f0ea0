/**
 * Every API error leaves as `{error: {code, message}}` (ApiErrorBody): 400 invalid parameters, 404 unknown
 * key or id, 503 while Neo4j is down. Routes throw `ApiError`; the handler maps database errors itself.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { DatabaseUnavailableError, QueryError } from '../../neo4j/database';
import type { ApiErrorBody } from '../model/api';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly position?: ApiErrorBody['error']['position'],
  ) {
    super(message);
  }

  body(): ApiErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.position ? { position: this.position } : {}),
      },
    };
  }
}

export const badRequest = (message: string, code = 'invalid_params') => new ApiError(400, code, message);
export const notFound = (message: string) => new ApiError(404, 'not_found', message);

/** The error a request gets for `error`; unexpected ones are logged and answered with a generic 500. */
function toApiError(error: unknown, log: (error: unknown) => void): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof DatabaseUnavailableError) {
    return new ApiError(
      503,
      'database_unavailable',
      'The database is not reachable right now; retry shortly.',
    );
  }
  if (error instanceof QueryError && error.code.startsWith('Neo.TransientError')) {
    return new ApiError(503, 'database_busy', `The database could not answer: ${error.message}`);
  }
  const fastifyError = error as Partial<FastifyError>;
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode < 500) {
    return new ApiError(
      fastifyError.statusCode,
      'invalid_request',
      fastifyError.message ?? 'Invalid request',
    );
  }
  log(error);
  return new ApiError(500, 'internal', 'The server failed to answer this request; see its log.');
}

/** JSON errors for every route, and a JSON 404 for unknown /api paths. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const apiError = toApiError(error, (cause) => request.log.error(cause));
    return reply.code(apiError.status).send(apiError.body());
  });
}

export function unknownRoute(method: string, url: string): ApiErrorBody {
  return { error: { code: 'not_found', message: `No route ${method} ${url}` } };
}
