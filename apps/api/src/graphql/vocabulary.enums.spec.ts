import { THEMES } from '@leerkring/domain';
import { GraphQLEnumType } from 'graphql';
import { ThemeEnum, VOCABULARY_ENUMS } from './vocabulary.enums';

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

describe('the vocabulary enums: domain code ↔ GraphQL name', () => {
  describe.each(VOCABULARY_ENUMS.map((e) => [e.name, e] as const))('%s', (_name, vocabularyEnum) => {
    const names = vocabularyEnum.codes.map((code) => vocabularyEnum.names[code]);

    it('names every code of the domain\'s vocabulary, and no other', () => {
      expect(Object.keys(vocabularyEnum.names).sort()).toEqual([...vocabularyEnum.codes].sort());
    });

    it('gives each code a valid, distinct GraphQL name in upper snake case', () => {
      for (const name of names) {
        expect(name).toMatch(GRAPHQL_NAME);
        expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
        expect(['true', 'false', 'null']).not.toContain(name);
      }
      expect(new Set(names).size).toBe(names.length);
    });

    it('turns each name back into its code', () => {
      for (const code of vocabularyEnum.codes) expect(vocabularyEnum.enumRef[vocabularyEnum.names[code] ?? '']).toBe(code);
      expect(Object.keys(vocabularyEnum.enumRef)).toHaveLength(vocabularyEnum.codes.length);
    });
  });

  it('maps the codes that are no valid name explicitly: 24-uurszorg is UURSZORG_24', () => {
    expect(ThemeEnum.names['24-uurszorg']).toBe('UURSZORG_24');
    expect(ThemeEnum.names['onderwijs-en-jeugdhulp']).toBe('ONDERWIJS_EN_JEUGDHULP');
    expect(THEMES.filter((code) => !GRAPHQL_NAME.test(code)).length).toBeGreaterThan(0);
  });

  it('builds a GraphQL enum whose values parse into the domain\'s codes', () => {
    const type = new GraphQLEnumType({
      name: 'Theme',
      values: Object.fromEntries(Object.entries(ThemeEnum.enumRef).map(([name, code]) => [name, { value: code }])),
    });
    expect(type.parseValue('UURSZORG_24')).toBe('24-uurszorg');
    expect(type.serialize('24-uurszorg')).toBe('UURSZORG_24');
  });
});
