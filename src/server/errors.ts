/**
 * Every API error leaves as `{error: {code, message}}` (ApiErrorBody): 400 invalid parameters, 404 unknown
 * key or id, 503 while Neo4j is down. Routes throw `ApiError`; the handler maps database errors itself.
 * Errors answered before any route runs get the same shape: `frameworkErrors` (a path Fastify cannot route)
 * and `clientErrorHandler` (a request Node's HTTP parser refuses).
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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

/**
 * Fastify's `frameworkErrors`: what its router refuses before any route or hook runs — a path parameter over
 * `maxParamLength` (414; Fastify's message would echo the whole path) and a broken percent-encoding such as
 * `/api/papers/%E0%A4` (400).
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const apiError =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new ApiError(414, 'invalid_request', 'A path parameter is too long for a key or an id.')
      : toApiError(error, (cause) => request.log.error(cause));
  void reply.code(apiError.status).send(apiError.body());
}

/**
 * The answer to a request Node's HTTP parser refuses, by its error code: headers over Node's 16 KB — a
 * long query string such as `?q=` of 20,000 letters is the usual cause — are 431, a request that took too
 * long to arrive 408, anything else unparsable 400 (as Node and Fastify answer them, in the API's shape).
 */
export function parserError(code: string): ApiError {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return new ApiError(431, 'invalid_request', 'The request line and headers are too long (16 KB at most).');
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return new ApiError(408, 'request_timeout', 'The request did not arrive in time.');
  }
  return new ApiError(400, 'invalid_request', 'The request is not valid HTTP.');
}

/**
 * Fastify's `clientErrorHandler`: writes `parserError`'s answer on the raw socket (there is no request or
 * reply yet) and closes it; a connection the client reset gets nothing, as in Fastify's default.
 */
export function clientErrorHandler(error: ConnectionError, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const apiError = parserError(error.code);
  if (socket.writable) {
    const body = JSON.stringify(apiError.body());
    socket.write(
      `HTTP/1.1 ${apiError.status} ${STATUS_CODES[apiError.status] ?? ''}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
