import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { currentRequestScope } from './request-scope';

/** The label of an operation that never resolved (unparsable, invalid, unknown operation name). */
export const UNRESOLVED = 'unresolved';

/**
 * The operation as the contract names it (DESIGN.md 6): its root field, `registerRegion` or
 * `learnings`. The client's own operation name is free text, so as a label it would let any client
 * grow the series without bound; root fields are fixed by the schema. Several root fields in one
 * operation are `multiple`.
 */
export function operationLabel(operation: OperationDefinitionNode | undefined): string {
  if (!operation) return UNRESOLVED;
  const fields = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    fields.add(selection.kind === Kind.FIELD ? selection.name.value : 'multiple');
  }
  const [only, ...more] = fields;
  return only !== undefined && more.length === 0 ? only : 'multiple';
}

/**
 * Apollo plugin: the latency of every operation and the codes of the errors in its answer (after
 * `formatError`, so exactly what the client saw), reported to the metrics of the request's scope,
 * and summarised on the request's log line. Without a request scope (no HTTP) it does nothing.
 */
export const graphqlMetricsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    const scope = currentRequestScope();
    if (!scope) return;
    const started = process.hrtime.bigint();
    return {
      async willSendResponse({ operation, response }) {
        const label = operationLabel(operation);
        const type = operation?.operation ?? UNRESOLVED;
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        const codes = errors.map((error) => {
          const code = error.extensions?.['code'];
          return typeof code === 'string' ? code : 'UNKNOWN';
        });
        for (const code of codes) scope.metrics.graphqlErrors.inc({ operation: label, code });
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        scope.metrics.graphqlDuration.observe({ operation: label, type, outcome: codes.length ? 'error' : 'ok' }, seconds);
        scope.graphql = { operation: label, type, errorCodes: codes };
      },
    };
  },
};
