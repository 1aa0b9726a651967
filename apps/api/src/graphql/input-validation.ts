import { ValidationPipe, type PipeTransform } from '@nestjs/common';
import { Args } from '@nestjs/graphql';
import { IsUUID, type ValidationError } from 'class-validator';
import { InputValidationError } from './edge-errors';

/**
 * Validation of inputs at the edge, for what neither the GraphQL type system nor the domain
 * checks. The domain owns every field rule it can name (lengths, dates, vocabularies, formats of
 * the ids it stores); the edge only checks the id that names the stream a command addresses, so
 * a malformed id is a BAD_USER_INPUT on its field rather than a search for `circle-nonsense`.
 */

/** Rule names of class-validator constraints, in the domain's words where the domain has one. */
const RULES: Readonly<Record<string, string>> = {
  isUuid: 'uuid-format',
};

const MESSAGES: Readonly<Record<string, (field: string) => string>> = {
  isUuid: (field) => `${field} moet een UUID zijn`,
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The first constraint broken, depth first, with its path written as the domain writes fields. */
export function firstProblem(errors: readonly ValidationError[], parent = ''): InputValidationError | undefined {
  for (const error of errors) {
    const field = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent ? `${parent}.${error.property}` : error.property;
    const constraint = Object.keys(error.constraints ?? {})[0];
    if (constraint !== undefined) {
      const message = MESSAGES[constraint]?.(field) ?? `${field} is ongeldig`;
      return new InputValidationError(field, RULES[constraint] ?? kebab(constraint), message);
    }
    const nested = firstProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

export const inputValidationPipe: PipeTransform = new ValidationPipe({
  // The resolver gets the value graphql-js coerced; class-transformer only makes the copy that is validated.
  transform: false,
  stopAtFirstError: true,
  exceptionFactory: (errors) =>
    firstProblem(errors) ?? new InputValidationError('input', 'input-invalid', 'De invoer is ongeldig'),
});

/** The `input` argument of a mutation, validated: `@MutationInput() input: StartCircleInput`. */
export const MutationInput = (): ParameterDecorator => Args('input', inputValidationPipe);

/** The UUID that names the stream of the aggregate a command addresses. */
export const IsAggregateId = (): PropertyDecorator => IsUUID('all');

