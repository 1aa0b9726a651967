import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import { ErrorCode } from './error-mapping';
import { MAX_SELECTION_NESTING } from './query-limits';

/**
 * Deepest nesting of braces, brackets and parentheses a document may have: selections, arguments
 * and input objects together. Twice the selection nesting the operation limits allow, so every
 * document those limits would take gets through to them and their clearer message.
 */
export const MAX_DOCUMENT_NESTING = 2 * MAX_SELECTION_NESTING;

/** Most fragment definitions in one document: a chain of spreads is as deep as this at most. */
export const MAX_FRAGMENT_DEFINITIONS = 100;

export interface DocumentShape {
  /** Deepest nesting of `{`, `[` and `(` reached before the scan stopped. */
  readonly nesting: number;
  /** `fragment` definitions seen before the scan stopped. */
  readonly fragments: number;
}

const OPENING = new Set<TokenKind>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<TokenKind>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/**
 * Scans a document's tokens (graphql-js's own lexer: strings, block strings and comments are read
 * as GraphQL reads them) without parsing it, and stops as soon as a limit is passed. Undefined
 * when the text does not lex: the parser then refuses it with its own message.
 */
export function documentShape(text: string): DocumentShape | undefined {
  let nesting = 0;
  let deepest = 0;
  let fragments = 0;
  try {
    const lexer = new Lexer(new Source(text));
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (OPENING.has(token.kind)) {
        deepest = Math.max(deepest, ++nesting);
        if (deepest > MAX_DOCUMENT_NESTING) break;
      } else if (CLOSING.has(token.kind)) {
        nesting = Math.max(0, nesting - 1);
      } else if (nesting === 0 && token.kind === TokenKind.NAME && token.value === 'fragment') {
        if (++fragments > MAX_FRAGMENT_DEFINITIONS) break;
      }
    }
  } catch (error) {
    if (error instanceof GraphQLError) return undefined;
    throw error;
  }
  return { nesting: deepest, fragments };
}

function refusal(shape: DocumentShape) {
  if (shape.nesting > MAX_DOCUMENT_NESTING) {
    return {
      code: ErrorCode.QUERY_TOO_DEEP,
      message: `De vraag is te diep genest: meer dan ${MAX_DOCUMENT_NESTING} lagen haakjes, hoogstens ${MAX_DOCUMENT_NESTING}.`,
      extensions: { maxNesting: MAX_DOCUMENT_NESTING },
    };
  }
  if (shape.fragments > MAX_FRAGMENT_DEFINITIONS) {
    return {
      code: ErrorCode.QUERY_TOO_COMPLEX,
      message: `De vraag heeft te veel fragmenten: meer dan ${MAX_FRAGMENT_DEFINITIONS}, hoogstens ${MAX_FRAGMENT_DEFINITIONS}.`,
      extensions: { maxFragments: MAX_FRAGMENT_DEFINITIONS },
    };
  }
  return undefined;
}

/** The document of a GraphQL request: a POST's JSON body or a GET's query string. */
function documentOf(req: Request): string | undefined {
  const source: unknown = req.method === 'GET' ? req.query : req.body;
  if (source === null || typeof source !== 'object' || Array.isArray(source)) return undefined;
  const { query } = source as { query?: unknown };
  return typeof query === 'string' ? query : undefined;
}

/**
 * Refuses, before Apollo parses and validates it, a document nested so deep or with so many
 * fragments that graphql-js's recursive parser and validation rules could overflow the stack
 * (a RangeError out of validation is answered 500). The operation limits (query-limits.ts) run
 * only after validation, so they cannot protect it. Measured: 2,000 nested inline fragments or
 * a chain of 3,000 fragment spreads overflowed validation on a smaller stack.
 */
@Injectable()
export class DocumentShapeMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const text = documentOf(req);
    const shape = text === undefined ? undefined : documentShape(text);
    const refused = shape && refusal(shape);
    if (!refused) {
      next();
      return;
    }
    res.status(400).json({ errors: [{ message: refused.message, extensions: { ...refused.extensions, code: refused.code } }] });
  }
}
