import { Module } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode, MappedGraphQLError } from './error-mapping';

/**
 * How much one GraphQL operation may ask for. Checked after the operation is resolved and before
 * anything runs, so a refused operation costs no read and no write.
 */
export interface QueryLimits {
  /** Deepest nesting of fields (introspection fields do not count: tools send deep introspection). */
  readonly maxDepth: number;
  /** Most complexity points: 1 per field, a field's children times its `first` (or `last`). */
  readonly maxComplexity: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 8, maxComplexity: 1000 };

export const QUERY_LIMITS = Symbol('QUERY_LIMITS');

@Module({
  providers: [{ provide: QUERY_LIMITS, useValue: DEFAULT_QUERY_LIMITS }],
  exports: [QUERY_LIMITS],
})
export class QueryLimitsModule {}

const isIntrospection = (name: string) => name.startsWith('__');

/**
 * 1 per field; a paged field (a `first` or `last` argument) counts its children once per item
 * asked for, so `circles(first: 50) { edges { node { title } } }` costs 1 + 50 × 4. Lists
 * without paging arguments are short by design (42 regions) and count their children once.
 */
export const pagedFieldEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (isIntrospection(field.name)) return 0;
  const page = [args['first'], args['last']].find((n): n is number => typeof n === 'number' && n > 0) ?? 1;
  return 1 + childComplexity * page;
};

/**
 * How deep selections may nest in all (fields, inline fragments and fragment spreads): far beyond
 * any real query, and far below what the recursive steps after this one (complexity, execution)
 * survive. Inline fragments add no field depth, so without this a document of thousands of nested
 * `... on Me {` passed the depth limit and overflowed the stack later (INTERNAL_SERVER_ERROR).
 */
export const MAX_SELECTION_NESTING = 64;

interface Measure {
  /** Fields, as the depth limit counts them. */
  readonly depth: number;
  /** Every level of selections. */
  readonly nesting: number;
}

/**
 * Depth of the deepest field of the operation, fragments followed, and how deep its selections
 * nest. Iterative, with each fragment measured once: a document nested thousands deep cannot
 * overflow the stack, and a fragment spread twice in each of 30 fragments is measured in 30
 * steps, not 2^30 (which held the event loop for a minute at 24).
 */
export function operationMeasure(operation: OperationDefinitionNode, document: DocumentNode): Measure {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const ofSet = new Map<SelectionSetNode, Measure>();
  const ofFragment = new Map<string, Measure>();
  const pending = new Set<string>();
  const none: Measure = { depth: 0, nesting: 0 };
  const stack: Array<{ set: SelectionSetNode; opened: boolean; fragment?: string }> = [{ set: operation.selectionSet, opened: false }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (!frame.opened) {
      // First visit: measure the children first (they are above this frame on the stack).
      frame.opened = true;
      for (const selection of frame.set.selections) {
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          // Validation refuses fragment cycles before this runs; `pending` only keeps this total.
          if (fragment && !ofFragment.has(name) && !pending.has(name)) {
            pending.add(name);
            stack.push({ set: fragment.selectionSet, opened: false, fragment: name });
          }
        } else if (selection.selectionSet && !(selection.kind === Kind.FIELD && isIntrospection(selection.name.value))) {
          stack.push({ set: selection.selectionSet, opened: false });
        }
      }
      continue;
    }
    stack.pop();
    let depth = 0;
    let nesting = 0;
    for (const selection of frame.set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (isIntrospection(selection.name.value)) continue;
        const below = selection.selectionSet ? ofSet.get(selection.selectionSet) ?? none : none;
        depth = Math.max(depth, 1 + below.depth);
        nesting = Math.max(nesting, 1 + below.nesting);
      } else {
        const below = (selection.kind === Kind.INLINE_FRAGMENT ? ofSet.get(selection.selectionSet) : ofFragment.get(selection.name.value)) ?? none;
        depth = Math.max(depth, below.depth);
        nesting = Math.max(nesting, 1 + below.nesting);
      }
    }
    const measure = { depth, nesting };
    ofSet.set(frame.set, measure);
    if (frame.fragment !== undefined) {
      ofFragment.set(frame.fragment, measure);
      pending.delete(frame.fragment);
    }
  }
  return ofSet.get(operation.selectionSet) ?? none;
}

/** Depth of the deepest field of the operation, fragments followed. */
export function operationDepth(operation: OperationDefinitionNode, document: DocumentNode): number {
  return operationMeasure(operation, document).depth;
}

const QUERY_NODE_LIMIT = 10_000;

interface Refusal {
  readonly code: ErrorCode;
  readonly message: string;
  readonly extensions: Record<string, number>;
}

/** Why the operation breaks a limit, or undefined when it keeps them all. */
function refusalOf(
  document: DocumentNode, operation: OperationDefinitionNode, operationName: string | null | undefined,
  variables: Record<string, unknown>, schema: GraphQLSchema, limits: QueryLimits,
): Refusal | undefined {
  const { depth, nesting } = operationMeasure(operation, document);
  if (nesting > MAX_SELECTION_NESTING) {
    return {
      code: ErrorCode.QUERY_TOO_DEEP,
      message: `De vraag is te diep genest: ${nesting} lagen (velden en fragmenten), hoogstens ${MAX_SELECTION_NESTING}.`,
      extensions: { maxNesting: MAX_SELECTION_NESTING, nesting },
    };
  }
  if (depth > limits.maxDepth) {
    return {
      code: ErrorCode.QUERY_TOO_DEEP,
      message: `De vraag is te diep genest: diepte ${depth}, hoogstens ${limits.maxDepth}. Vraag minder lagen tegelijk op.`,
      extensions: { maxDepth: limits.maxDepth, depth },
    };
  }
  let complexity: number;
  try {
    complexity = getComplexity({
      schema, query: document, variables,
      ...(operationName ? { operationName } : {}),
      estimators: [pagedFieldEstimator], maxQueryNodes: QUERY_NODE_LIMIT,
    });
  } catch (error) {
    // Arguments that do not coerce are refused by execution with their field named.
    if (!(error instanceof Error) || !/maximum allowed number of nodes/.test(error.message)) return undefined;
    complexity = Number.POSITIVE_INFINITY;
  }
  if (complexity <= limits.maxComplexity) return undefined;
  const size = Number.isFinite(complexity) ? String(complexity) : `meer dan ${QUERY_NODE_LIMIT} velden`;
  return {
    code: ErrorCode.QUERY_TOO_COMPLEX,
    message: `De vraag is te omvangrijk: ${size} punten, hoogstens ${limits.maxComplexity}. `
      + 'Vraag minder velden of kleinere pagina\'s (first) op.',
    extensions: { maxComplexity: limits.maxComplexity, ...(Number.isFinite(complexity) ? { complexity } : {}) },
  };
}

/**
 * The Apollo plugin that holds every operation to the limits (QUERY_TOO_DEEP, QUERY_TOO_COMPLEX).
 * Apollo hands out the same parsed document for the same query text, so the verdict on an
 * operation sent without variables (a dashboard asking the same thing again and again) is
 * remembered with its document; with variables the cost may differ, and it is worked out anew.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  const verdicts = new WeakMap<DocumentNode, Map<string, Refusal | null>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, operationName, request, schema }) {
          if (!operation) return;
          const variables = request.variables ?? {};
          const remembered = Object.keys(variables).length === 0;
          const byOperation = verdicts.get(document) ?? new Map<string, Refusal | null>();
          const key = operationName ?? '';
          let refusal = remembered ? byOperation.get(key) : undefined;
          if (refusal === undefined) {
            refusal = refusalOf(document, operation, operationName, variables, schema, limits) ?? null;
            if (remembered) verdicts.set(document, byOperation.set(key, refusal));
          }
          if (refusal) throw new MappedGraphQLError(refusal.code, refusal.message, refusal.extensions, 400);
        },
      };
    },
  };
}
