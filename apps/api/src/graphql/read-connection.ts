import type { Connection as ReadConnection } from '@leerkring/read-models';
import type { ConnectionShape } from './connection';

/**
 * A read model's page (`@leerkring/read-models` pagination: same edges and cursors, a richer
 * page info) as the GraphQL connection of the node's object type.
 */
export function toGraphqlConnection<Row, Node>(page: ReadConnection<Row>, toNode: (row: Row) => Node): ConnectionShape<Node> {
  return {
    edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toNode(edge.node) })),
    pageInfo: { hasNextPage: page.pageInfo.hasNextPage, endCursor: page.pageInfo.endCursor },
  };
}
