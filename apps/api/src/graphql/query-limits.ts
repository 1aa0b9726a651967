import { Module } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode,
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

/** Depth of the deepest field of the operation, fragments followed. */
export function operationDepth(operation: OperationDefinitionNode, document: DocumentNode): number {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const depthOf = (selectionSet: SelectionSetNode, visiting: ReadonlySet<string>): number => {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      let depth = 0;
      if (selection.kind === Kind.FIELD) {
        if (isIntrospection(selection.name.value)) continue;
        depth = 1 + (selection.selectionSet ? depthOf(selection.selectionSet, visiting) : 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        depth = depthOf(selection.selectionSet, visiting);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Validation refuses fragment cycles before this runs; the guard only keeps this total.
        if (fragment && !visiting.has(name)) depth = depthOf(fragment.selectionSet, new Set([...visiting, name]));
      }
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  };
  return depthOf(operation.selectionSet, new Set());
}

const QUERY_NODE_LIMIT = 10_000;

/** The Apollo plugin that holds every operation to the limits (QUERY_TOO_DEEP, QUERY_TOO_COMPLEX). */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, operationName, request, schema }) {
          if (!operation) return;
          const depth = operationDepth(operation, document);
          if (depth > limits.maxDepth) {
            throw new MappedGraphQLError(
              ErrorCode.QUERY_TOO_DEEP,
              `De vraag is te diep genest: diepte ${depth}, hoogstens ${limits.maxDepth}. Vraag minder lagen tegelijk op.`,
              { maxDepth: limits.maxDepth, depth },
              400,
            );
          }
          let complexity: number;
          try {
            complexity = getComplexity({
              schema, query: document, variables: request.variables ?? {},
              ...(operationName ? { operationName } : {}),
              estimators: [pagedFieldEstimator], maxQueryNodes: QUERY_NODE_LIMIT,
            });
          } catch (error) {
            // Arguments that do not coerce are refused by execution with their field named.
            if (!(error instanceof Error) || !/maximum allowed number of nodes/.test(error.message)) return;
            complexity = Number.POSITIVE_INFINITY;
          }
          if (complexity > limits.maxComplexity) {
            const size = Number.isFinite(complexity) ? String(complexity) : `meer dan ${QUERY_NODE_LIMIT} velden`;
            throw new MappedGraphQLError(
              ErrorCode.QUERY_TOO_COMPLEX,
              `De vraag is te omvangrijk: ${size} punten, hoogstens ${limits.maxComplexity}. `
                + 'Vraag minder velden of kleinere pagina\'s (first) op.',
              { maxComplexity: limits.maxComplexity, ...(Number.isFinite(complexity) ? { complexity } : {}) },
              400,
            );
          }
        },
      };
    },
  };
}
