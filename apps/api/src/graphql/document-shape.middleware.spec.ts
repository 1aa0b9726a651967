import type { NextFunction, Request } from 'express';
import {
  DocumentShapeMiddleware, MAX_DOCUMENT_NESTING, MAX_FRAGMENT_DEFINITIONS, documentShape,
} from './document-shape.middleware';
import { recordingResponse } from './testing/recording-response';

const nested = (levels: number) => `{ me { ${'... on Me { '.repeat(levels)}actorId${' }'.repeat(levels)} } }`;
const fragments = (count: number) => `{ me { ...F0 } } ${
  Array.from({ length: count }, (_, i) => `fragment F${i} on Me { actorId }`).join(' ')}`;

describe('the shape of a GraphQL document, read before parsing', () => {
  it('measures the deepest nesting of braces, brackets and parentheses together', () => {
    expect(documentShape('{ me { actorId } }')).toEqual({ nesting: 2, fragments: 0 });
    expect(documentShape('{ me(atLeast: [[{ a: 1 }]]) { actorId } }')).toEqual({ nesting: 5, fragments: 0 });
    expect(documentShape(nested(10))?.nesting).toBe(12);
  });

  it('does not count brackets inside strings, block strings and comments', () => {
    const text = `# {{{{ [[[[\n{ me(atLeast: "{{{{") { actorId(x: """ (((( """) } }`;
    expect(documentShape(text)).toEqual({ nesting: 3, fragments: 0 });
  });

  it('counts fragment definitions at the top level only, not fields named fragment', () => {
    expect(documentShape(fragments(3))).toEqual({ nesting: 2, fragments: 3 });
    expect(documentShape('{ fragment { fragment } }')?.fragments).toBe(0);
  });

  it('stops at the first token past a limit, and leaves a text that does not lex to the parser', () => {
    expect(documentShape(`${'['.repeat(50_000)}`)?.nesting).toBe(MAX_DOCUMENT_NESTING + 1);
    expect(documentShape(fragments(5_000))?.fragments).toBe(MAX_FRAGMENT_DEFINITIONS + 1);
    expect(documentShape('{ me { actorId } } "unterminated')).toBeUndefined();
  });
});

describe('the document shape middleware', () => {
  const run = (req: Partial<Request>) => {
    const answer = recordingResponse();
    const next = jest.fn();
    new DocumentShapeMiddleware().use({ method: 'POST', ...req } as Request, answer.fake, next as NextFunction);
    return { ...answer.res, passed: next.mock.calls.length === 1 };
  };

  it('refuses nesting past the limit with 400 QUERY_TOO_DEEP, from a POST body or a GET query string', () => {
    const deep = nested(MAX_DOCUMENT_NESTING);
    for (const req of [{ body: { query: deep } }, { method: 'GET', query: { query: deep } }]) {
      expect(run(req)).toMatchObject({
        passed: false, statusCode: 400,
        body: { errors: [{ message: expect.stringContaining('te diep genest'), extensions: { code: 'QUERY_TOO_DEEP', maxNesting: MAX_DOCUMENT_NESTING } }] },
      });
    }
  });

  it('refuses more fragment definitions than allowed with 400 QUERY_TOO_COMPLEX', () => {
    expect(run({ body: { query: fragments(MAX_FRAGMENT_DEFINITIONS + 1) } })).toMatchObject({
      passed: false, statusCode: 400,
      body: { errors: [{ extensions: { code: 'QUERY_TOO_COMPLEX', maxFragments: MAX_FRAGMENT_DEFINITIONS } }] },
    });
  });

  it('lets through what is within the limits, and what is not a single GraphQL request for Apollo to refuse', () => {
    expect(run({ body: { query: nested(MAX_DOCUMENT_NESTING - 4) } }).passed).toBe(true);
    expect(run({ body: { query: fragments(MAX_FRAGMENT_DEFINITIONS) } }).passed).toBe(true);
    for (const body of [undefined, null, 'text', [{ query: nested(500) }], { query: 5 }, { query: '{ "open' }]) {
      expect(run({ body }).passed).toBe(true);
    }
  });
});
