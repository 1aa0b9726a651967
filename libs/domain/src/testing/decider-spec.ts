import type { DecisionContext, Decider, Message } from '../shared/decider';
import { fold } from '../shared/decider';
import { DomainError } from '../shared/domain-error';

/**
 * Given/when/then for deciders: state is built from events, never set by hand.
 * Used by the `*.spec.ts` files beside each aggregate.
 */
export function deciderSpec<State, Command extends Message, Event extends Message>(
  decider: Decider<State, Command, Event>,
  defaultContext: DecisionContext = { now: new Date('2024-06-15T10:00:00Z') },
) {
  return {
    given(events: readonly Event[]) {
      return {
        when(command: Command, context: DecisionContext = defaultContext) {
          const run = () => decider.decide(fold(decider, events), command, context);
          return {
            then(expected: readonly Event[]): void {
              expect(run()).toEqual(expected);
            },
            thenRefused(rule: string, kind?: DomainError['kind']): DomainError {
              let caught: unknown;
              try {
                run();
              } catch (error) {
                caught = error;
              }
              expect(caught).toBeInstanceOf(DomainError);
              const error = caught as DomainError;
              expect(error.rule).toBe(rule);
              if (kind) expect(error.kind).toBe(kind);
              return error;
            },
          };
        },
      };
    },
  };
}
