import { startGraphqlApp } from '../graphql/testing/graphql-test-app';
import { FORGET_PERSON_NOW, forgetPersonStory } from './testing/forget-person.scenario';

describe('forgetPerson on the embedded store (PGlite)', () => {
  forgetPersonStory('embedded', () => startGraphqlApp({ now: FORGET_PERSON_NOW }));
});
