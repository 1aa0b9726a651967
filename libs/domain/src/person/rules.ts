/** Stable rule names of the Person aggregate. */
export const PersonRule = {
  notFound: 'person-not-found',
  /** Personal data for a forgotten person's id is refused: that id stays forgotten. */
  forgotten: 'person-forgotten',
} as const;
export type PersonRuleName = (typeof PersonRule)[keyof typeof PersonRule];
