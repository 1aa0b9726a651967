import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { operationDepth, pagedFieldEstimator } from './query-limits';

const schema = buildSchema(`
  type Query { circles(first: Int, after: String): CircleConnection!, regions: [Region!]! }
  type CircleConnection { edges: [CircleEdge!]!, pageInfo: PageInfo!, totalCount: Int }
  type CircleEdge { cursor: String!, node: Circle! }
  type PageInfo { hasNextPage: Boolean!, endCursor: String }
  type Circle { title: String!, region: Region!, learnings(first: Int): [Learning!]! }
  type Region { id: ID!, name: String! }
  type Learning { title: String! }
`);

const complexity = (query: string, variables: Record<string, unknown> = {}) =>
  getComplexity({ schema, query: parse(query), variables, estimators: [pagedFieldEstimator] });

const depth = (query: string) => {
  const document = parse(query);
  return operationDepth(document.definitions[0] as OperationDefinitionNode, document);
};

describe('query complexity: 1 per field, the children of a paged field times its first', () => {
  it('counts fields', () => {
    expect(complexity('{ regions { id name } }')).toBe(3);
  });

  it('multiplies what is below a paged field by first, also from a variable', () => {
    // circles + first × (edges + cursor + node + title) + pageInfo + hasNextPage
    expect(complexity('{ circles(first: 50) { edges { cursor node { title } } pageInfo { hasNextPage } } }'))
      .toBe(1 + 50 * (4 + 2));
    expect(complexity('query ($n: Int) { circles(first: $n) { edges { node { title } } } }', { n: 10 })).toBe(1 + 10 * 3);
    expect(complexity('{ circles(first: 10) { edges { node { learnings(first: 5) { title } } } } }'))
      .toBe(1 + 10 * (2 + (1 + 5 * 1)));
  });

  it('counts introspection as nothing', () => {
    expect(complexity('{ __schema { types { name fields { name } } } }')).toBe(0);
  });
});

describe('query depth', () => {
  it('is the deepest field path, fragments and inline fragments followed', () => {
    expect(depth('{ regions { id } }')).toBe(2);
    expect(depth('{ circles { edges { node { region { name } } } } }')).toBe(5);
    expect(depth('query { ...F } fragment F on Query { circles { ... on CircleConnection { edges { cursor } } } }')).toBe(3);
  });

  it('does not count introspection fields', () => {
    expect(depth('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toBe(0);
    expect(depth('{ __typename regions { __typename } }')).toBe(1);
  });
});
