import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { Problem } from '@rapport/contracts';

/** Every error code the API can answer with, and its HTTP status. Modules add theirs here. */
const statusByCode = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_rejected: 403,
  insufficient_scope: 403,
  not_found: 404,
  conflict: 409,
  setup_already_done: 409,
  invitation_not_pending: 409,
  last_owner: 409,
  payload_too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  bad_gateway: 502,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof statusByCode;
export interface FieldError {
  path: string;
  message: string;
}

/** The one error type. Services throw it; the error handler renders it as RFC 9457 problem+json. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { errors?: FieldError[] } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = statusByCode[code];
  }
}

export const notFound = (entity: string) => new AppError('not_found', `${entity} not found`);

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

function send(reply: FastifyReply, request: FastifyRequest, p: Omit<Problem, 'type' | 'title'> & { title?: string }) {
  const body: Problem = {
    type: `https://rapport.dev/problems/${p.code.replaceAll('_', '-')}`,
    title: p.title ?? titles[p.status] ?? 'Error',
    ...p,
    requestId: request.id,
  };
  return reply.status(p.status).type('application/problem+json').send(body);
}

/** Renders every failure as problem+json; unknown errors are logged and never leak internals. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    if (err instanceof AppError) {
      return send(reply, request, { status: err.status, code: err.code, detail: err.message, ...err.details });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const errors = err.validation.map((v) => ({
        path: [where === 'body' ? '' : where, ...v.instancePath.split('/')].filter(Boolean).join('.'),
        message: v.message ?? 'Invalid value',
      }));
      const detail = errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ');
      return send(reply, request, { status: 400, code: 'validation_failed', detail, errors });
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err }, 'response failed its schema');
      return send(reply, request, { status: 500, code: 'internal', detail: `Internal error; request id ${request.id}` });
    }
    const status = err.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err }, 'unhandled error');
      return send(reply, request, { status: 500, code: 'internal', detail: `Internal error; request id ${request.id}` });
    }
    // Fastify's own 4xx errors (bad JSON, body too large, unsupported media type).
    const code = status === 429 ? 'rate_limited' : status === 401 ? 'unauthenticated' : status === 413 ? 'payload_too_large' : 'validation_failed';
    return send(reply, request, { status, code, detail: err.message });
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, request, { status: 404, code: 'not_found', detail: `No route for ${request.method} ${request.url}` }),
  );
}
