import {
  Args, Field, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, ID, ObjectType, Query, Resolver,
} from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { GraphQLObjectType } from 'graphql';
import { Connection, PageArgs, connectionFrom, decodeCursor, encodeCursor } from './connection';

describe('connectionFrom: a Relay page from rows fetched with first + 1', () => {
  const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('says there is a next page when the extra row came back, and where it starts', () => {
    const page = connectionFrom(rows, { first: 2, cursorOf: (r) => encodeCursor(r.id), totalCount: 7 });
    expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor('b') });
    expect(page.totalCount).toBe(7);
    expect(decodeCursor<string>(page.pageInfo.endCursor ?? '')).toBe('b');
  });

  it('ends without a next page, and an empty page has no end cursor', () => {
    expect(connectionFrom(rows, { first: 3, cursorOf: (r) => r.id }).pageInfo).toEqual({ hasNextPage: false, endCursor: 'c' });
    expect(connectionFrom([], { first: 3, cursorOf: (r: { id: string }) => r.id }).pageInfo)
      .toEqual({ hasNextPage: false, endCursor: null });
  });

  it('decodes a cursor that is not one of ours to nothing', () => {
    expect(decodeCursor('%%%')).toBeUndefined();
  });
});

// Types of this spec only: the schema is built in memory, never written to schema.gql.
@ObjectType('Sample')
class Sample {
  @Field(() => ID) id!: string;
}

@ObjectType('SampleConnection')
class SampleConnection extends Connection(Sample) {}

@Resolver()
class SampleResolver {
  @Query(() => SampleConnection)
  samples(@Args() page: PageArgs): SampleConnection {
    return connectionFrom([], { first: page.first, cursorOf: (s: Sample) => s.id });
  }
}

describe('Connection(): the generic connection type', () => {
  it('builds XConnection { edges { cursor node } pageInfo { hasNextPage endCursor } totalCount } and XEdge', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [GraphQLSchemaBuilderModule] }).compile();
    const schema = await moduleRef.get(GraphQLSchemaFactory).create([SampleResolver]);
    const fields = (name: string) => {
      const type = schema.getType(name);
      return type instanceof GraphQLObjectType
        ? Object.values(type.getFields()).map((f) => `${f.name}: ${String(f.type)}`) : undefined;
    };
    expect(fields('SampleConnection')).toEqual(['edges: [SampleEdge!]!', 'pageInfo: PageInfo!', 'totalCount: Int']);
    expect(fields('SampleEdge')).toEqual(['cursor: String!', 'node: Sample!']);
    expect(fields('PageInfo')).toEqual(['hasNextPage: Boolean!', 'endCursor: String']);
    expect(schema.getQueryType()?.getFields()['samples']?.args.map((a) => `${a.name}: ${String(a.type)}`))
      .toEqual(['first: Int!', 'after: String']);
  });
});
