import { Module, type MiddlewareConsumer, type NestModule, type OnModuleInit } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, HttpAdapterHost } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { BodyLimitMiddleware, bodyParserErrorHandler } from './body-limit.middleware';
import { CommandDispatcher } from './command-dispatcher';
import { DocumentShapeMiddleware } from './document-shape.middleware';
import { COMMAND_RESOLVERS } from './command-resolvers';
import { GraphqlExceptionFilter } from './graphql-exception.filter';
import { GRAPHQL_PATH, graphqlOptions } from './graphql-options';
import { MeResolver } from './me.resolver';
import { PrincipalGuard } from './principal';
import { QUERY_LIMITS, QueryLimitsModule, type QueryLimits } from './query-limits';

/**
 * The public GraphQL contract (DESIGN.md 6) at /graphql: code-first, Apollo, with errors mapped
 * once (error-mapping.ts), operations held to limits (query-limits.ts), the body to 100 kB and
 * the principal taken from the request (principal.ts, a placeholder until OIDC).
 */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [QueryLimitsModule],
      inject: [APP_CONFIG, QUERY_LIMITS],
      useFactory: (config: AppConfig, limits: QueryLimits) => graphqlOptions(config, limits),
    }),
  ],
  providers: [
    { provide: APP_GUARD, useClass: PrincipalGuard },
    { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
    CommandDispatcher,
    MeResolver,
    ...COMMAND_RESOLVERS,
  ],
})
export class GraphqlModule implements NestModule, OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(BodyLimitMiddleware, DocumentShapeMiddleware).forRoutes(GRAPHQL_PATH);
  }

  onModuleInit(): void {
    // An Express error handler sees errors of the middleware before it, the body parser's included.
    this.adapterHost.httpAdapter?.use(GRAPHQL_PATH, bodyParserErrorHandler);
  }
}
