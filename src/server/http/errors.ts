// Errors become one JSON shape, `{ error: { code, message, fields? } }`, here
// and nowhere else. A client never sees a stack trace; anything unexpected is
// logged and answered with a plain 500.
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { type AppErrorCode, isAppError } from "../../domain/errors.ts";

const STATUS: Record<AppErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_large: 413,
  rate_limited: 429,
};

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

export function errorBody(
  code: string,
  message: string,
  fields?: Record<string, string>,
): ErrorBody {
  return { error: fields ? { code, message, fields } : { code, message } };
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  if (isAppError(error)) {
    return reply
      .status(STATUS[error.code])
      .send(errorBody(error.code, error.message, error.fields));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields: Record<string, string> = {};
    for (const issue of error.validation) {
      const where =
        issue.instancePath.replace(/^\//, "").replaceAll("/", ".") ||
        error.validationContext ||
        "request";
      fields[where] ??= issue.message ?? "This value is not valid.";
    }
    return reply
      .status(400)
      .send(errorBody("bad_request", "Some of what was sent needs another look.", fields));
  }
  const fastifyError = error as Partial<FastifyError>;
  const status = fastifyError.statusCode ?? 500;
  if (status === 429) {
    return reply
      .status(429)
      .send(
        errorBody("rate_limited", "Too many attempts. Please wait a few minutes and try again."),
      );
  }
  if (status === 413) {
    return reply.status(413).send(errorBody("too_large", "What was sent is too large."));
  }
  if (status >= 400 && status < 500) {
    return reply
      .status(400)
      .send(
        errorBody(
          "bad_request",
          "The request could not be read. Send JSON with the fields this route expects.",
        ),
      );
  }
  request.log.error({ err: error }, "unexpected error");
  return reply
    .status(500)
    .send(errorBody("internal", "Something went wrong on our side. Please try again."));
}
