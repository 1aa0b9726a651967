import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from './error-mapping';

/** Largest GraphQL request body; the biggest mutation (a weekly log) is a few kB. */
export const MAX_GRAPHQL_BODY_BYTES = 100 * 1024;

const tooLarge = (res: Response) => res.status(413).json({
  errors: [{
    message: `Het verzoek is te groot: hoogstens ${MAX_GRAPHQL_BODY_BYTES / 1024} kB.`,
    extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE, maxBytes: MAX_GRAPHQL_BODY_BYTES },
  }],
});

/**
 * Refuses a GraphQL request whose declared body is over the limit with 413, before Apollo reads it.
 * Nest's JSON parser (registered by `main.ts` before any module middleware) has a limit of its
 * own, 100 kB by default: `bodyParserErrorHandler` answers its refusal in the same shape.
 */
@Injectable()
export class BodyLimitMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_GRAPHQL_BODY_BYTES) {
      tooLarge(res);
      return;
    }
    next();
  }
}

/**
 * Express error handler for `/graphql`: the body parser's refusals as GraphQL answers. "Entity too
 * large" is 413; a body that is not JSON (or in a charset or encoding the parser does not read) is
 * 400 BAD_REQUEST, in the same shape as every other refusal rather than Nest's default one.
 */
export function bodyParserErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const { type, status } = (error ?? {}) as { type?: unknown; status?: unknown };
  if (type === 'entity.too.large') {
    tooLarge(res);
    return;
  }
  if (typeof type === 'string' && typeof status === 'number' && status >= 400 && status < 500) {
    res.status(400).json({
      errors: [{ message: 'Het verzoek is geen leesbare JSON.', extensions: { code: ErrorCode.BAD_REQUEST, detail: type } }],
    });
    return;
  }
  next(error);
}
