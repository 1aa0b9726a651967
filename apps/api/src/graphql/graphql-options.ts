import { join } from 'node:path';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '../config/app-config';
import { formatError } from './format-error';
import { queryLimitsPlugin, type QueryLimits } from './query-limits';
import { graphqlMetricsPlugin } from '../observability/graphql-metrics.plugin';

type DriverPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/**
 * The same plugin under the driver's types: @nestjs/apollo is ESM and sees @apollo/server's ESM
 * declarations, this CommonJS build sees the CJS ones; at run time there is one @apollo/server.
 */
const asDriverPlugin = (plugin: ApolloServerPlugin): DriverPlugin => plugin as unknown as DriverPlugin;

export const GRAPHQL_PATH = '/graphql';

/** The committed public contract (DESIGN.md 6), regenerated whenever the API starts outside production. */
export const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.gql');

/**
 * The Apollo server of the API. Outside production: Apollo Sandbox at GET /graphql, introspection,
 * stack traces in errors, and `schema.gql` written sorted. In production none of these: the schema
 * is built in memory only (the file system may be read-only) and errors carry no stack.
 */
export function graphqlOptions(config: AppConfig, limits: QueryLimits): Omit<ApolloDriverConfig, 'driver'> {
  const production = config.NODE_ENV === 'production';
  return {
    path: GRAPHQL_PATH,
    autoSchemaFile: production ? true : SCHEMA_FILE,
    sortSchema: true,
    // GraphiQL is Nest's default landing page; Apollo Sandbox replaces it outside production, and
    // `false` makes the driver install Apollo's "landing page disabled" plugin, which production keeps.
    graphiql: false,
    plugins: [
      ...(production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false })]),
      queryLimitsPlugin(limits),
      graphqlMetricsPlugin,
      // No cache hints are given or read: the default plugin would only hook into every field.
      ApolloServerPluginCacheControlDisabled(),
    ].map(asDriverPlugin),
    // Apollo indents every answer by default: more bytes and more work for nothing a client reads.
    stringifyResult: (result) => JSON.stringify(result),
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    // Every error is mapped by error-mapping.ts and format-error.ts, not by the driver's HTTP mapping.
    autoTransformHttpErrors: false,
    formatError,
    // Clients always send JSON; keep Apollo's CSRF prevention for simple (form) requests.
    csrfPrevention: true,
  };
}
