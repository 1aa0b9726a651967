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

/** Express error handler for `/graphql`: the body parser's "entity too large" as a GraphQL answer. */
export function bodyParserErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if ((error as { type?: unknown } | null)?.type === 'entity.too.large') {
    tooLarge(res);
    return;
  }
  next(error);
}
