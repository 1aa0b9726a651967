import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { answerAt, liveOverviewOperation } from './live-overview-operation';

function shapeOf(source: string, variables?: Record<string, unknown>) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return liveOverviewOperation(document, operation, variables);
}

describe('liveOverviewOperation', () => {
  it('recognises the live overview and where its asOf goes', () => {
    expect(shapeOf('{ nationalOverview { asOf totals { regions } } }')).toEqual({ rootKey: 'nationalOverview', asOfKeys: ['asOf'] });
    expect(shapeOf('{ o: nationalOverview { totals { regions } } }')).toEqual({ rootKey: 'o', asOfKeys: [] });
  });

  it('finds asOf under aliases, in inline fragments and in fragment spreads, but not in nested objects', () => {
    const shape = shapeOf(`{ nationalOverview { a: asOf ... on NationalOverview { b: asOf } ...f regions { asOf: name } } }
      fragment f on NationalOverview { c: asOf }`);
    expect(shape?.asOfKeys).toEqual(['a', 'b', 'c']);
  });

  it('accepts asOf and atLeast only when absent or null', () => {
    const source = 'query($d: String, $p: String) { nationalOverview(asOf: $d, atLeast: $p) { asOf } }';
    expect(shapeOf(source, {})).toBeDefined();
    expect(shapeOf(source, { d: null, p: null })).toBeDefined();
    expect(shapeOf('{ nationalOverview(asOf: null) { asOf } }')).toBeDefined();
    expect(shapeOf(source, { d: '2024-07-01' })).toBeUndefined();
    expect(shapeOf(source, { p: '0000000000000001' })).toBeUndefined();
    expect(shapeOf('{ nationalOverview(asOf: "2024-07-01") { asOf } }')).toBeUndefined();
  });

  it('leaves every other operation to the ordinary path', () => {
    expect(shapeOf('{ nationalOverview { asOf } regions { edges { node { id } } } }')).toBeUndefined();
    expect(shapeOf('{ nationalOverview @include(if: true) { asOf } }')).toBeUndefined();
    expect(shapeOf('{ learnings { edges { node { id } } } }')).toBeUndefined();
    expect(shapeOf('mutation { nationalOverview { asOf } }')).toBeUndefined();
  });

  it('leaves a request without a resolved operation to the ordinary path, which explains it', () => {
    const document = parse('query A { nationalOverview { asOf } } query B { nationalOverview { asOf } }');
    expect(liveOverviewOperation(document, undefined, undefined)).toBeUndefined();
  });
});

describe('answerAt', () => {
  it('puts the moment in every asOf key present and shares nothing it changed with the kept data', () => {
    const kept = { o: { a: 'then', b: 'then', totals: { regions: 2 } } };
    const answer = answerAt(kept, { rootKey: 'o', asOfKeys: ['a', 'b', 'skipped'] }, 'now');
    expect(answer).toEqual({ o: { a: 'now', b: 'now', totals: { regions: 2 } } });
    expect(kept.o).toEqual({ a: 'then', b: 'then', totals: { regions: 2 } });
  });
});
