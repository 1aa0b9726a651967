import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/**
 * Relay-style pagination, one generic shape for every list that can grow (DESIGN.md 6:
 * `circles(filter, first, after)`, `learnings(...)`). Cursors are opaque strings the read model
 * chooses (typically its sort key, base64url-encoded); a client only hands them back as `after`.
 *
 *   @ObjectType() export class CircleConnection extends Connection(CircleView) {}
 *   circles(@Args() page: PageArgs): Promise<CircleConnection>
 */

@ObjectType('PageInfo', { description: 'Of er na deze pagina meer is, en waar die begint.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'De cursor van het laatste item: geef hem als `after` mee.' })
  endCursor!: string | null;
}

export interface Edge<Node> {
  readonly cursor: string;
  readonly node: Node;
}

export interface ConnectionShape<Node> {
  readonly edges: readonly Edge<Node>[];
  readonly pageInfo: PageInfo;
  readonly totalCount?: number | null;
}

/** The connection type of a node type: `XConnection { edges { cursor node } pageInfo totalCount }`, `XEdge`. */
export function Connection<Node>(nodeType: Type<Node>, name = nodeType.name): Type<ConnectionShape<Node>> {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<Node> {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: Node;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements ConnectionShape<Node> {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { nullable: true, description: 'Hoeveel items er in totaal zijn, als dat goedkoop te tellen is.' })
    totalCount?: number | null;
  }
  return ConnectionType as unknown as Type<ConnectionShape<Node>>;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `first` and `after` of a paged query; `first` also multiplies the complexity of what is below it. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Hoeveel items (1 tot ${MAX_PAGE_SIZE}).` })
  @IsOptional() @IsInt() @Min(1) @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'De endCursor van de vorige pagina.' })
  after?: string | null;
}

/**
 * Builds a page from rows fetched with `limit: first + 1`: the extra row only says there is a next page.
 */
export function connectionFrom<Row, Node = Row>(
  rows: readonly Row[],
  options: {
    readonly first: number;
    readonly cursorOf: (row: Row) => string;
    readonly toNode?: (row: Row) => Node;
    readonly totalCount?: number;
  },
): ConnectionShape<Node> {
  const page = rows.slice(0, options.first);
  const toNode = options.toNode ?? ((row: Row) => row as unknown as Node);
  const edges = page.map((row) => ({ cursor: options.cursorOf(row), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > options.first, endCursor: edges.at(-1)?.cursor ?? null },
    ...(options.totalCount === undefined ? {} : { totalCount: options.totalCount }),
  };
}

/** An opaque cursor from a sort key, and back (base64url of the key's JSON). */
export const encodeCursor = (key: unknown): string => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

export function decodeCursor<Key>(cursor: string): Key | undefined {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Key;
  } catch {
    return undefined;
  }
}
