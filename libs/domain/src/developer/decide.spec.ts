import { fold } from '../shared/decider';
import { deciderSpec } from '../testing/decider-spec';
import type { DeveloperEvent } from './events';
import { decider, eventSchema, isAssignedTo, streamName } from './index';

const spec = deciderSpec(decider);
const developerId = '0b7c1e52-9a43-4d6e-8f21-3c5a7b9d1e2f';

const appointed: DeveloperEvent = {
  type: 'DeveloperAppointed',
  data: { developerId, person: { name: 'Fatima el Amrani', email: 'f.elamrani@example.nl' }, appointedOn: '2019-01-07' },
};
const assignedJZ36: DeveloperEvent = { type: 'DeveloperAssignedToRegion', data: { developerId, regionId: 'JZ36' } };
const assign = (regionId: string, regionExists: boolean) => ({
  type: 'AssignDeveloperToRegion' as const,
  data: { developerId, regionId },
  facts: { regionExists },
});

describe('Developer', () => {
  it('names its stream after the id and has no upcasters yet', () => {
    expect(streamName(developerId)).toBe(`developer-${developerId}`);
    expect(eventSchema.upcasters).toEqual([]);
  });

  describe('AppointDeveloper', () => {
    const appoint = {
      type: 'AppointDeveloper' as const,
      data: {
        developerId, person: { name: ' Fatima el Amrani ', email: ' f.elamrani@example.nl ' }, appointedOn: '2019-01-07',
      },
    };

    it('appoints a developer, personal data in person', () => {
      spec.given([]).when(appoint).then([appointed]);
    });

    it('leaves the e-mail address out when none is given', () => {
      spec.given([]).when({ ...appoint, data: { ...appoint.data, person: { name: 'Jan de Vries', email: '' } } }).then([
        { type: 'DeveloperAppointed', data: { developerId, person: { name: 'Jan de Vries' }, appointedOn: '2019-01-07' } },
      ]);
    });

    it('appoints once', () => {
      spec.given([appointed]).when(appoint).thenRefused('developer-already-appointed', 'rule');
    });

    it('checks the person, the id and the date', () => {
      const noName = spec.given([]).when({ ...appoint, data: { ...appoint.data, person: { name: '' } } })
        .thenRefused('text-required', 'invalid-input');
      expect(noName.field).toBe('person.name');
      const badEmail = spec.given([]).when({ ...appoint, data: { ...appoint.data, person: { name: 'Jan', email: 'jan@' } } })
        .thenRefused('email-format', 'invalid-input');
      expect(badEmail.field).toBe('person.email');
      spec.given([]).when({ ...appoint, data: { ...appoint.data, developerId: 'dev-1' } })
        .thenRefused('uuid-format', 'invalid-input');
      spec.given([]).when({ ...appoint, data: { ...appoint.data, appointedOn: '07-01-2019' } })
        .thenRefused('date-format', 'invalid-input');
    });
  });

  describe('AssignDeveloperToRegion', () => {
    it('assigns an appointed developer to an existing region', () => {
      spec.given([appointed]).when(assign('JZ36', true)).then([assignedJZ36]);
    });

    it('refuses a developer that is not appointed', () => {
      spec.given([]).when(assign('JZ36', true)).thenRefused('developer-not-found', 'not-found');
    });

    it('refuses a region that does not exist', () => {
      const error = spec.given([appointed]).when(assign('JZ41', false)).thenRefused('region-unknown', 'rule');
      expect(error.field).toBe('regionId');
    });

    it('refuses a malformed region id', () => {
      spec.given([appointed]).when(assign('Zeeland', true)).thenRefused('region-id-format', 'invalid-input');
    });

    it('assigns a region once', () => {
      spec.given([appointed, assignedJZ36]).when(assign('JZ36', true))
        .thenRefused('developer-already-assigned-to-region', 'rule');
    });

    it('assigns several regions', () => {
      spec.given([appointed, assignedJZ36]).when(assign('JZ08', true)).then([
        { type: 'DeveloperAssignedToRegion', data: { developerId, regionId: 'JZ08' } },
      ]);
    });
  });

  describe('ReleaseDeveloperFromRegion', () => {
    const release = { type: 'ReleaseDeveloperFromRegion' as const, data: { developerId, regionId: 'JZ36' } };

    it('releases an assigned region', () => {
      spec.given([appointed, assignedJZ36]).when(release).then([
        { type: 'DeveloperReleasedFromRegion', data: { developerId, regionId: 'JZ36' } },
      ]);
    });

    it('releases only an assigned region', () => {
      spec.given([appointed]).when(release).thenRefused('developer-not-assigned-to-region', 'rule');
      const released: DeveloperEvent = { type: 'DeveloperReleasedFromRegion', data: { developerId, regionId: 'JZ36' } };
      spec.given([appointed, assignedJZ36, released]).when(release)
        .thenRefused('developer-not-assigned-to-region', 'rule');
    });

    it('refuses a developer that is not appointed', () => {
      spec.given([]).when(release).thenRefused('developer-not-found', 'not-found');
    });
  });

  describe('isAssignedTo', () => {
    it('follows assignments and releases', () => {
      const released: DeveloperEvent = { type: 'DeveloperReleasedFromRegion', data: { developerId, regionId: 'JZ36' } };
      expect(isAssignedTo(decider.initialState(), 'JZ36')).toBe(false);
      expect(isAssignedTo(fold(decider, [appointed]), 'JZ36')).toBe(false);
      expect(isAssignedTo(fold(decider, [appointed, assignedJZ36]), 'JZ36')).toBe(true);
      expect(isAssignedTo(fold(decider, [appointed, assignedJZ36]), 'JZ08')).toBe(false);
      expect(isAssignedTo(fold(decider, [appointed, assignedJZ36, released]), 'JZ36')).toBe(false);
    });
  });
});
