import { Injectable } from '@nestjs/common';
import { Circle } from '@leerkring/domain';
import type { AggregateCommand } from '../command-side/aggregate-command';
import { CrossAggregateFacts } from '../command-side/cross-aggregate-facts';
import { requireRole, requireScope } from './access-decisions';
import { mutationPolicy } from './operation-policy';

/** The operation a bus command carries out: `LogWeeklyWorkCommand` is `logWeeklyWork`. */
export function operationOf(command: AggregateCommand<unknown>): string {
  const name = command.constructor.name.replace(/Command$/, '');
  return `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
}

/**
 * The command side's half of the policy (operation-policy.ts): every command, from GraphQL or the
 * demo seeder alike, is checked for role and region scope against the aggregate as loaded, before
 * anything is decided. The GraphQL guard checks the role earlier too, so a refused role never
 * reaches input validation.
 */
@Injectable()
export class CommandAccess {
  constructor(private readonly facts: CrossAggregateFacts) {}

  /** A check for the executor to run on each load of the addressed aggregate. */
  authorizer(command: AggregateCommand<unknown>): (state: unknown) => Promise<void> {
    const operation = operationOf(command);
    const policy = mutationPolicy(operation);
    const { principal } = command.context;
    return async (state) => {
      requireRole(principal, operation, policy);
      await requireScope(principal, policy?.scope, {
        data: command.data as Readonly<Record<string, unknown>>,
        state,
        circleRegion: async (circleId) => Circle.regionOf(await this.facts.circle(circleId)),
      });
    };
  }
}
