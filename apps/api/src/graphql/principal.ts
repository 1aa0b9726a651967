import {
  createParamDecorator, Injectable, type CanActivate, type ExecutionContext,
} from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import type { Principal } from '../command-side/command-context';
import { requireRole } from '../security/access-decisions';
import { Authenticator } from '../security/authenticator';
import { mutationPolicy, queryPolicy } from '../security/operation-policy';

interface RequestWithActor extends Request {
  leerkringActor?: Principal;
}

const requestOf = (graphql: GqlExecutionContext): RequestWithActor => graphql.getContext<{ req: RequestWithActor }>().req;

function graphqlRequest(context: ExecutionContext): RequestWithActor {
  return requestOf(GqlExecutionContext.create(context));
}

/**
 * Every GraphQL resolver runs for a verified principal (a bearer token, security/authenticator.ts)
 * and every root field within its policy (security/operation-policy.ts): a mutation without a
 * policy is refused to everyone, a listed query only answers its roles. Registered globally by
 * the GraphQL module; other transports pass untouched and ask the Authenticator themselves.
 */
@Injectable()
export class PrincipalGuard implements CanActivate {
  constructor(private readonly authenticator: Authenticator) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    // Runs for every resolved field: one execution context, one (cached) verification per request.
    const graphql = GqlExecutionContext.create(context);
    const req = requestOf(graphql);
    const principal = await this.authenticator.principalOf(req);
    req.leerkringActor = principal;
    const info = graphql.getInfo<GraphQLResolveInfo>();
    authorizeField(principal, info.parentType.name, info.fieldName);
    return true;
  }
}

/**
 * The policy check of one field (operation-policy.ts): a root field within its roles; nested
 * fields pass (they are reached only through a root field). Throws AccessDeniedError.
 */
export function authorizeField(principal: Principal, parentType: string, fieldName: string): void {
  if (parentType === 'Mutation') requireRole(principal, fieldName, mutationPolicy(fieldName));
  if (parentType === 'Query') {
    const policy = queryPolicy(fieldName);
    if (policy) requireRole(principal, fieldName, policy);
  }
}

/** The principal the guard established: `@CurrentPrincipal() principal: Principal`. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = graphqlRequest(context).leerkringActor;
  // The guard runs before every resolver: no principal here is a wiring bug, not a client error.
  if (!principal) throw new Error('no principal on the request: is PrincipalGuard registered?');
  return principal;
});
