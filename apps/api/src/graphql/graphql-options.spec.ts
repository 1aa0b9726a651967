import { loadAppConfig } from '../config/app-config';
import { formatError } from './format-error';
import { SCHEMA_FILE, graphqlOptions } from './graphql-options';
import { DEFAULT_QUERY_LIMITS } from './query-limits';

describe('the Apollo options', () => {
  it('in production: no introspection, no stack traces, no landing page, no schema file', () => {
    const options = graphqlOptions(loadAppConfig({ NODE_ENV: 'production', LEERKRING_MASTER_KEY: 'q7mW6VvYb0yqkq4l5m3Q0jv6m7rX3bqg1m9Y2m2aZ0A=' }), DEFAULT_QUERY_LIMITS);
    expect(options).toMatchObject({
      introspection: false, includeStacktraceInErrorResponses: false, hideSchemaDetailsFromClientErrors: true,
      autoSchemaFile: true, graphiql: false,
    });
    expect(options.plugins).toHaveLength(3); // query limits, metrics, cache control off
    // Compact answers: Apollo would indent them.
    expect(options.stringifyResult?.({ data: { a: [1] } })).toBe('{"data":{"a":[1]}}');
  });

  it('outside production: Apollo Sandbox, introspection and the sorted schema file', () => {
    const options = graphqlOptions(loadAppConfig({ NODE_ENV: 'development' }), DEFAULT_QUERY_LIMITS);
    expect(options).toMatchObject({ introspection: true, autoSchemaFile: SCHEMA_FILE, sortSchema: true, path: '/graphql' });
    expect(SCHEMA_FILE).toMatch(/apps\/api\/schema\.gql$/);
    expect(options.plugins).toHaveLength(4); // and the landing page
    expect(options.formatError).toBe(formatError);
  });
});
