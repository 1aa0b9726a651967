/** The key store of personal data (`PersonKeys`), for what deletes keys: `forgetPerson`. */
export const PERSON_KEYS = Symbol('PERSON_KEYS');
