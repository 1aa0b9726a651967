import { deciderSpec } from '../testing/decider-spec';
import type { RegionEvent } from './events';
import { decider, eventSchema, streamName } from './index';

const spec = deciderSpec(decider);
const regionId = 'JZ36';
const planId = '6f1c2a8e-3b7d-4e59-9a0c-1d2e3f4a5b6c';
const periodId = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const nextPeriodId = 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e';

const registered: RegionEvent = {
  type: 'RegionRegistered',
  data: { regionId, slug: 'west-brabant-west', name: 'West-Brabant West', province: 'Noord-Brabant' },
};
const bergenOpZoom: RegionEvent = { type: 'MunicipalityAdded', data: { regionId, municipality: 'Bergen op Zoom' } };
const periodStarted: RegionEvent = {
  type: 'SupportPeriodStarted', data: { regionId, periodId, startsOn: '2019-01-01' },
};
const periodEnded: RegionEvent = {
  type: 'SupportPeriodEnded', data: { regionId, periodId, endsOn: '2021-12-31' },
};

describe('Region', () => {
  it('names its stream after the CBS code and has no upcasters yet', () => {
    expect(streamName('JZ36')).toBe('region-JZ36');
    expect(eventSchema.upcasters).toEqual([]);
  });

  describe('RegisterRegion', () => {
    const register = {
      type: 'RegisterRegion' as const,
      data: { regionId, slug: 'west-brabant-west', name: ' West-Brabant West ', province: 'Noord-Brabant' },
    };

    it('registers a new region', () => {
      spec.given([]).when(register).then([registered]);
    });

    it('registers a region only once', () => {
      spec.given([registered]).when(register).thenRefused('region-already-registered', 'rule');
    });

    it.each(['JZ6', 'jz36', 'JZ360', '36', ''])('refuses the region id %p', (id) => {
      spec.given([]).when({ ...register, data: { ...register.data, regionId: id } })
        .thenRefused('region-id-format', 'invalid-input');
    });

    it.each(['West Brabant', 'west--brabant', '-west', 'wéstbrabant'])('refuses the slug %p', (slug) => {
      const error = spec.given([]).when({ ...register, data: { ...register.data, slug } })
        .thenRefused('slug-format', 'invalid-input');
      expect(error.field).toBe('slug');
    });

    it('requires a name and a province', () => {
      spec.given([]).when({ ...register, data: { ...register.data, name: '  ' } })
        .thenRefused('text-required', 'invalid-input');
      spec.given([]).when({ ...register, data: { ...register.data, province: '' } })
        .thenRefused('text-required', 'invalid-input');
    });
  });

  describe('commands on a region that is not registered', () => {
    it.each([
      { type: 'RenameRegion' as const, data: { regionId, name: 'Nieuw' } },
      { type: 'AddMunicipality' as const, data: { regionId, municipality: 'Zundert' } },
      { type: 'RemoveMunicipality' as const, data: { regionId, municipality: 'Zundert' } },
      { type: 'EndSupportPeriod' as const, data: { regionId, endsOn: '2021-12-31' } },
      { type: 'StartSupportPeriod' as const, data: { regionId, periodId, startsOn: '2019-01-01' } },
      {
        type: 'AddTransformationPlan' as const,
        data: { regionId, planId, title: 'Plan', themes: ['wachttijden'], period: { from: '2019-01-01', to: '2021-12-31' } },
      },
    ])('refuses $type as not found', (command) => {
      spec.given([]).when(command).thenRefused('region-not-found', 'not-found');
    });
  });

  describe('RenameRegion', () => {
    it('renames a region and keeps the previous name', () => {
      spec.given([registered]).when({ type: 'RenameRegion', data: { regionId, name: 'West-Brabant-West' } }).then([
        { type: 'RegionRenamed', data: { regionId, name: 'West-Brabant-West', previousName: 'West-Brabant West' } },
      ]);
    });

    it('refuses a rename to the same name', () => {
      spec.given([registered]).when({ type: 'RenameRegion', data: { regionId, name: 'West-Brabant West' } })
        .thenRefused('region-name-unchanged', 'rule');
    });

    it('uses the latest name', () => {
      const renamed: RegionEvent = {
        type: 'RegionRenamed', data: { regionId, name: 'WBW', previousName: 'West-Brabant West' },
      };
      spec.given([registered, renamed]).when({ type: 'RenameRegion', data: { regionId, name: 'WBW' } })
        .thenRefused('region-name-unchanged', 'rule');
    });
  });

  describe('municipalities', () => {
    it('adds a municipality, normalising spaces', () => {
      spec.given([registered]).when({ type: 'AddMunicipality', data: { regionId, municipality: ' Bergen  op Zoom ' } })
        .then([bergenOpZoom]);
    });

    it('adds a municipality once, compared case-insensitively', () => {
      const error = spec.given([registered, bergenOpZoom])
        .when({ type: 'AddMunicipality', data: { regionId, municipality: 'bergen op zoom' } })
        .thenRefused('municipality-already-in-region', 'rule');
      expect(error.field).toBe('municipality');
    });

    it('removes a municipality under its stored spelling', () => {
      spec.given([registered, bergenOpZoom])
        .when({ type: 'RemoveMunicipality', data: { regionId, municipality: 'BERGEN OP ZOOM' } })
        .then([{ type: 'MunicipalityRemoved', data: { regionId, municipality: 'Bergen op Zoom' } }]);
    });

    it('refuses to remove a municipality that is not in the region', () => {
      spec.given([registered]).when({ type: 'RemoveMunicipality', data: { regionId, municipality: 'Zundert' } })
        .thenRefused('municipality-not-in-region', 'rule');
    });

    it('lets a removed municipality be added again', () => {
      const removed: RegionEvent = { type: 'MunicipalityRemoved', data: { regionId, municipality: 'Bergen op Zoom' } };
      spec.given([registered, bergenOpZoom, removed])
        .when({ type: 'AddMunicipality', data: { regionId, municipality: 'Bergen op Zoom' } })
        .then([bergenOpZoom]);
    });

    it('requires a municipality name', () => {
      spec.given([registered]).when({ type: 'AddMunicipality', data: { regionId, municipality: ' ' } })
        .thenRefused('text-required', 'invalid-input');
    });
  });

  describe('AddTransformationPlan', () => {
    const add = {
      type: 'AddTransformationPlan' as const,
      data: {
        regionId, planId, title: 'Systeemaanpak wachttijden',
        themes: ['wachttijden', 'betere-toegang'], period: { from: '2019-06-01', to: '2021-12-31' },
      },
    };
    const added: RegionEvent = {
      type: 'TransformationPlanAdded',
      data: {
        regionId, planId, title: 'Systeemaanpak wachttijden',
        themes: ['wachttijden', 'betere-toegang'], period: { from: '2019-06-01', to: '2021-12-31' },
      },
    };

    it('adds a plan', () => {
      spec.given([registered]).when(add).then([added]);
    });

    it('adds a plan once', () => {
      spec.given([registered, added]).when(add).thenRefused('transformation-plan-already-added', 'rule');
    });

    it('requires at least one known theme', () => {
      spec.given([registered]).when({ ...add, data: { ...add.data, themes: [] } })
        .thenRefused('too-few-values', 'invalid-input');
      spec.given([registered]).when({ ...add, data: { ...add.data, themes: ['wachtlijst'] } })
        .thenRefused('value-not-allowed', 'invalid-input');
    });

    it('requires the period to start before it ends', () => {
      const error = spec.given([registered])
        .when({ ...add, data: { ...add.data, period: { from: '2021-12-31', to: '2021-12-31' } } })
        .thenRefused('period-end-before-start', 'invalid-input');
      expect(error.field).toBe('period.to');
    });

    it('requires real dates and a uuid', () => {
      spec.given([registered]).when({ ...add, data: { ...add.data, period: { from: '2019-02-30', to: '2021-12-31' } } })
        .thenRefused('date-invalid', 'invalid-input');
      spec.given([registered]).when({ ...add, data: { ...add.data, planId: 'plan-1' } })
        .thenRefused('uuid-format', 'invalid-input');
    });
  });

  describe('support periods', () => {
    it('starts a support period', () => {
      spec.given([registered])
        .when({ type: 'StartSupportPeriod', data: { regionId, periodId, startsOn: '2019-01-01' } })
        .then([periodStarted]);
    });

    it('keeps only one period open at a time', () => {
      spec.given([registered, periodStarted])
        .when({ type: 'StartSupportPeriod', data: { regionId, periodId: nextPeriodId, startsOn: '2022-01-01' } })
        .thenRefused('support-period-already-open', 'rule');
    });

    it('ends the open period', () => {
      spec.given([registered, periodStarted])
        .when({ type: 'EndSupportPeriod', data: { regionId, endsOn: '2021-12-31' } })
        .then([periodEnded]);
    });

    it('ends a period only after it started', () => {
      const error = spec.given([registered, periodStarted])
        .when({ type: 'EndSupportPeriod', data: { regionId, endsOn: '2019-01-01' } })
        .thenRefused('support-period-ends-before-start', 'rule');
      expect(error.field).toBe('endsOn');
    });

    it('ends a period only when one is open', () => {
      spec.given([registered])
        .when({ type: 'EndSupportPeriod', data: { regionId, endsOn: '2021-12-31' } })
        .thenRefused('no-open-support-period', 'rule');
      spec.given([registered, periodStarted, periodEnded])
        .when({ type: 'EndSupportPeriod', data: { regionId, endsOn: '2022-12-31' } })
        .thenRefused('no-open-support-period', 'rule');
    });

    it('starts a next period after the previous one ended', () => {
      spec.given([registered, periodStarted, periodEnded])
        .when({ type: 'StartSupportPeriod', data: { regionId, periodId: nextPeriodId, startsOn: '2022-01-01' } })
        .then([{ type: 'SupportPeriodStarted', data: { regionId, periodId: nextPeriodId, startsOn: '2022-01-01' } }]);
    });

    it('refuses a next period that overlaps the previous one', () => {
      spec.given([registered, periodStarted, periodEnded])
        .when({ type: 'StartSupportPeriod', data: { regionId, periodId: nextPeriodId, startsOn: '2021-12-31' } })
        .thenRefused('support-period-overlaps', 'rule');
    });

    it('refuses to reuse a period id', () => {
      spec.given([registered, periodStarted, periodEnded])
        .when({ type: 'StartSupportPeriod', data: { regionId, periodId, startsOn: '2022-01-01' } })
        .thenRefused('support-period-id-taken', 'rule');
    });
  });
});
