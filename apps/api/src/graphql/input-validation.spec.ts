import { validate, type ValidationError } from 'class-validator';
import { IsAggregateId, firstProblem } from './input-validation';

class Addressed {
  @IsAggregateId()
  circleId!: string;
}

describe('input validation at the edge', () => {
  it('names the field and the rule in the domain\'s words: a malformed aggregate id is uuid-format', async () => {
    const input = Object.assign(new Addressed(), { circleId: 'circle-one' });
    expect(firstProblem(await validate(input))).toMatchObject({ field: 'circleId', rule: 'uuid-format' });
    expect(await validate(Object.assign(new Addressed(), { circleId: '0b5e7c3e-3f0a-4a8e-9d61-2c1f4b7a9e10' }))).toEqual([]);
  });

  it('writes nested paths like the domain does, and kebab-cases a constraint without a domain rule', () => {
    const errors = [{
      property: 'activities',
      children: [{ property: '0', children: [{ property: 'kind', constraints: { isEnum: 'kind must be an enum' } }] }],
    }] as unknown as ValidationError[];
    expect(firstProblem(errors)).toMatchObject({ field: 'activities[0].kind', rule: 'is-enum' });
  });
});
