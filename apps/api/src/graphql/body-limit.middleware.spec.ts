import type { NextFunction, Request } from 'express';
import { BodyLimitMiddleware, MAX_GRAPHQL_BODY_BYTES, bodyParserErrorHandler } from './body-limit.middleware';
import { recordingResponse as response } from './testing/recording-response';

describe('the GraphQL body limit', () => {
  it('refuses a declared body over the limit with 413 and PAYLOAD_TOO_LARGE, and lets others pass', () => {
    const over = response();
    const next = jest.fn();
    new BodyLimitMiddleware().use({ headers: { 'content-length': String(MAX_GRAPHQL_BODY_BYTES + 1) } } as Request, over.fake, next as NextFunction);
    expect(over.res).toMatchObject({ statusCode: 413, body: { errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] } });
    expect(next).not.toHaveBeenCalled();
    new BodyLimitMiddleware().use({ headers: { 'content-length': String(MAX_GRAPHQL_BODY_BYTES) } } as Request, response().fake, next as NextFunction);
    new BodyLimitMiddleware().use({ headers: {} } as Request, response().fake, next as NextFunction);
    expect(next).toHaveBeenCalledTimes(2);
  });

  it('answers the body parser\'s "entity too large" the same way, and passes other errors on', () => {
    const tooLarge = response();
    const next = jest.fn();
    bodyParserErrorHandler({ type: 'entity.too.large' }, {} as Request, tooLarge.fake, next as NextFunction);
    expect(tooLarge.res.statusCode).toBe(413);
    const other = new SyntaxError('Unexpected token');
    bodyParserErrorHandler(other, {} as Request, response().fake, next as NextFunction);
    expect(next).toHaveBeenCalledWith(other);
  });
});
