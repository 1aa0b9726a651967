import { Inject } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener, type GraphQLResponse } from '@apollo/server';
import type { Request } from 'express';
import { CLOCK, type Clock } from '../command-side/clock';
import { authorizeField } from '../graphql/principal';
import { LeerkringMetrics } from '../observability/metrics';
import { ReadModels } from '../graphql/read-models';
import { Authenticator } from '../security/authenticator';
import { answerAt, liveOverviewOperation, type LiveOverviewOperation } from './live-overview-operation';

interface RequestContext {
  readonly req: Request;
}

/** Distinct live-overview operations kept at once; clients send a handful, a flood of shapes only evicts. */
const KEPT_OPERATIONS = 32;

interface KeptAnswer {
  readonly version: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * The live national overview is asked far more often than it changes (dashboards, reports, the
 * web app), and executing its few hundred fields was most of what such a request cost. This
 * plugin keeps the answer of each live-overview operation (live-overview-operation.ts) with the
 * overview version it was computed at (`OverviewQueries.liveVersion`: the projector's checkpoint,
 * read fresh for every request, and the day), and answers the same operation from it while the
 * version is unchanged, with the request's own moment in `asOf`.
 *
 * Nothing else changes for the client: the token is verified and the field's policy applied as
 * the guard does (principal.ts) before a kept answer goes out, and when either fails the request
 * takes the ordinary path, which gives the ordinary error. Answers with errors are never kept.
 * An answer is kept under the version read before it was computed, so a kept answer is at least
 * as fresh as a request's own read of the checkpoint.
 */
@Plugin()
export class LiveOverviewAnswersPlugin implements ApolloServerPlugin<RequestContext> {
  private readonly kept = new Map<string, KeptAnswer>();

  constructor(
    private readonly authenticator: Authenticator,
    private readonly read: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly metrics: LeerkringMetrics,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
    let toKeep: { readonly key: string; readonly version: string } | undefined;
    return {
      responseForOperation: async ({ document, operation, request, queryHash, contextValue }) => {
        const live = liveOverviewOperation(document, operation, request.variables);
        if (!live || !(await this.mayRead(contextValue.req))) return null;
        const now = this.clock.now();
        const version = await this.read.overview.liveVersion(now);
        if (version === undefined) return null;
        const key = `${queryHash}\n${request.operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
        const kept = this.kept.get(key);
        if (kept?.version === version) {
          this.metrics.liveOverviewAnswers.inc({ source: 'kept' });
          return answer(kept.data, live, now);
        }
        this.metrics.liveOverviewAnswers.inc({ source: 'computed' });
        toKeep = { key, version };
        return null;
      },
      willSendResponse: async ({ response }) => {
        if (!toKeep || response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (errors?.length || !data) return;
        this.keep(toKeep.key, { version: toKeep.version, data });
      },
    };
  }

  private async mayRead(req: Request): Promise<boolean> {
    try {
      authorizeField(await this.authenticator.principalOf(req), 'Query', 'nationalOverview');
      return true;
    } catch {
      return false;
    }
  }

  private keep(key: string, answer: KeptAnswer): void {
    this.kept.delete(key);
    this.kept.set(key, answer);
    // A Map iterates in insertion order: the first key is the one kept longest ago.
    if (this.kept.size > KEPT_OPERATIONS) this.kept.delete(this.kept.keys().next().value as string);
  }
}

function answer(data: Readonly<Record<string, unknown>>, live: LiveOverviewOperation, now: Date): GraphQLResponse {
  return {
    http: { status: undefined, headers: new HeaderMap() },
    body: { kind: 'single', singleResult: { data: answerAt(data, live, now.toISOString()) } },
  };
}
