import { deciderSpec } from '../testing/decider-spec';
import type { RegionCommand, RegionEvent } from './index';
import { decider } from './index';

const spec = deciderSpec(decider);
const regionId = 'JZ36';
const registered: RegionEvent = {
  type: 'RegionRegistered',
  data: { regionId, slug: 'west-brabant-west', name: 'West-Brabant West', province: 'Noord-Brabant' },
};

describe('Region: free text that identifies a client is refused', () => {
  it('in the title of a transformation plan', () => {
    const command: RegionCommand = {
      type: 'AddTransformationPlan',
      data: {
        regionId, planId: '6f1c2a8e-3b7d-4e59-9a0c-1d2e3f4a5b6c', title: 'Plan van aanpak, vragen: plan@jeugdregio.nl',
        themes: ['wachttijden'], period: { from: '2023-01-01', to: '2025-12-31' },
      },
    };
    const error = spec.given([registered]).when(command).thenRefused('privacy-email', 'privacy');
    expect(error.field).toBe('title');
  });
});
