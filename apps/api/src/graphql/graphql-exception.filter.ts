import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import type { GraphQLError } from 'graphql';
import { toGraphQLError } from './error-mapping';

/**
 * Every error thrown in a GraphQL resolver, guard or pipe becomes its mapped GraphQL error here,
 * before Nest would log it as unhandled: refusals are answers, not incidents. Other transports
 * (REST's /health) keep Nest's default handling.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<GqlContextType>() !== 'graphql') {
      super.catch(exception, host);
      return;
    }
    return toGraphQLError(exception);
  }
}
