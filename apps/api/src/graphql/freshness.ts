import {
  applyDecorators, Inject, Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Plugin } from '@nestjs/apollo';
import { Args, GqlExecutionContext, Query, type GqlContextType, type QueryOptions, type ReturnTypeFunc } from '@nestjs/graphql';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { from, switchMap, type Observable } from 'rxjs';
import type { ProjectionEngine } from '@leerkring/projections';
import { PROJECTION_ENGINE } from '../projections/projections.module';
import { InputValidationError } from './edge-errors';

/**
 * Read-your-writes for every query (DESIGN.md 6): `atLeast: String` asks that the answer include
 * everything up to that global position (a mutation payload's `position`). The projectors a
 * query reads are declared once, on the query (`@ReadQuery(..., { reads })`); one interceptor
 * waits, bounded, until those projectors have applied the position, and then lets the resolver run.
 *
 * When the wait runs out the query is still answered, from the read model as it is, and the
 * response says so in `extensions.freshness = { atLeast, reached: false, behind: [projectors] }`.
 * Not an error: the data is valid, only possibly older than asked, and a client that needs the
 * write can show the answer and ask again. An error (`STALE_READ`) would throw the data away and
 * make every slow projector an outage of the queries that read it. When the position was reached,
 * `extensions.freshness = { atLeast, reached: true }`; without `atLeast` there is no note.
 */

/** How long one query may wait for its projectors; override the provider in tests. */
export interface FreshnessOptions {
  readonly maxWaitMs: number;
}

export const FRESHNESS_OPTIONS = Symbol('FRESHNESS_OPTIONS');
export const DEFAULT_FRESHNESS_OPTIONS: FreshnessOptions = { maxWaitMs: 5_000 };

/** The projectors a query reads, its nested fields included; `'all'` waits for every projector. */
export type ProjectionsRead = readonly string[] | 'all';

const READS = Symbol('leerkring:reads-projections');

/**
 * A root query that reads read models: `@Query` plus the projectors to wait for on `atLeast`.
 * Name every projector the query's nested fields can reach, or a write may seem lost there.
 */
export function ReadQuery(type: ReturnTypeFunc, options: QueryOptions & { readonly reads: ProjectionsRead }): MethodDecorator {
  const { reads, ...queryOptions } = options;
  return applyDecorators(Query(type, queryOptions), SetMetadata(READS, reads));
}

/** The `atLeast` argument every query takes; the interceptor acts on it, the resolver may ignore it. */
export const AtLeast = (): ParameterDecorator => Args('atLeast', {
  type: () => String,
  nullable: true,
  description: 'Lezen-wat-je-schreef: antwoord pas als deze positie (de position van een opdracht) verwerkt is; '
    + 'na hoogstens enkele seconden toch, met extensions.freshness.reached = false.',
});

/** What the response says about `atLeast`: the highest position asked, and whether every field reached it. */
export interface FreshnessNote {
  readonly atLeast: string;
  readonly reached: boolean;
  /** Projectors that had not applied the position when the wait ran out (absent when reached). */
  readonly behind?: readonly string[];
}

const NOTE = Symbol('leerkring:freshness');

type WithNote = { [NOTE]?: FreshnessNote };

/** Several root fields may each ask: the note covers the highest position and all of them. */
function addNote(context: object, note: FreshnessNote): void {
  const holder = context as WithNote;
  const previous = holder[NOTE];
  if (!previous) {
    holder[NOTE] = note;
    return;
  }
  const behind = [...new Set([...(previous.behind ?? []), ...(note.behind ?? [])])].sort();
  const reached = previous.reached && note.reached;
  holder[NOTE] = {
    atLeast: previous.atLeast > note.atLeast ? previous.atLeast : note.atLeast,
    reached,
    ...(reached ? {} : { behind }),
  };
}

/** Positions of every adapter: fixed-width lowercase hex parts joined by '-' (see `GlobalPosition`). */
const POSITION = /^[0-9a-f]{16}(?:-[0-9a-f]{16})*$/;

@Injectable()
export class FreshnessInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(PROJECTION_ENGINE) private readonly engine: ProjectionEngine,
    @Inject(FRESHNESS_OPTIONS) private readonly options: FreshnessOptions,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const reads = this.reflector.get<ProjectionsRead | undefined>(READS, context.getHandler());
    if (reads === undefined) return next.handle();
    const gql = GqlExecutionContext.create(context);
    const atLeast = gql.getArgs<{ atLeast?: string | null }>().atLeast;
    if (atLeast === undefined || atLeast === null || atLeast === '') return next.handle();
    if (!POSITION.test(atLeast)) {
      throw new InputValidationError(
        'atLeast', 'position-format', 'atLeast moet een positie zijn zoals een opdracht die teruggaf (position).',
      );
    }
    return from(this.waitFor(atLeast, reads, gql.getContext<object>())).pipe(switchMap(() => next.handle()));
  }

  private async waitFor(atLeast: string, reads: ProjectionsRead, context: object): Promise<void> {
    const names = reads === 'all' ? [...this.engine.runners.keys()] : reads;
    // One wait per projector, side by side: the slowest bounds the query, and the laggards are named.
    const reached = await Promise.all(names.map((name) => this.engine.waitForPosition(atLeast, this.options.maxWaitMs, [name])));
    const behind = names.filter((_, i) => !reached[i]).sort();
    addNote(context, behind.length === 0 ? { atLeast, reached: true } : { atLeast, reached: false, behind });
  }
}

/** Puts the note the interceptor left on the request's context into the response's extensions. */
@Plugin()
export class FreshnessPlugin implements ApolloServerPlugin<object> {
  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    return {
      async willSendResponse({ contextValue, response }) {
        const note = (contextValue as WithNote)[NOTE];
        if (!note || response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        result.extensions = { ...result.extensions, freshness: note };
      },
    };
  }
}
