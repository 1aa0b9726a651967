import { deciderSpec } from '../testing/decider-spec';
import { captureLearning, learningCaptured, learningId, now, otherRegionId, promoterId, regionId } from './learning.fixtures';
import type { LearningCommand } from './index';
import { decider } from './index';

const spec = deciderSpec(decider, { now });
const revise = (data: Partial<Extract<LearningCommand, { type: 'ReviseLearning' }>['data']>): LearningCommand =>
  ({ type: 'ReviseLearning', data: { learningId, byRegionId: regionId, ...data } });

/** Every free text of a learning passes the privacy guard; a refusal yields no event. */
describe('Learning: free text that identifies a client is refused', () => {
  it.each<[field: string, given: 'nothing' | 'captured', command: LearningCommand, rule: string]>([
    ['title', 'nothing', captureLearning({ title: 'Casus Sanne (03-05-2012)' }), 'privacy-birth-date'],
    ['insight', 'nothing', captureLearning({ insight: 'Het dossier met BSN 123456782 liet zien hoe lang zij wachtte.' }),
      'privacy-bsn'],
    ['successFactors', 'nothing', captureLearning({ successFactors: ['korte lijnen', 'moeder direct bellen: 06-12345678'] }),
      'privacy-phone'],
    ['insight', 'captured', revise({ insight: 'Mail de ouders via ouders@example.nl' }), 'privacy-email'],
    ['successFactors', 'captured', revise({ successFactors: ['BSN 1234.56.782 delen'] }), 'privacy-bsn'],
    ['comment', 'captured', {
      type: 'EndorseLearning', data: { learningId, byRegionId: otherRegionId, comment: 'Bij ons belde vader (010 123 4567) ook' },
    }, 'privacy-phone'],
    ['adaptation', 'captured', {
      type: 'AdoptLearning',
      data: { learningId, byRegionId: otherRegionId, adaptation: 'Eerst met Kevin, geboren op 7 juli 2008.', adoptedOn: '2024-06-01' },
    }, 'privacy-birth-date'],
    ['reason', 'captured', {
      type: 'PromoteLearning', data: { learningId, promoterId, reason: 'Zie casus 111 222 333' }, facts: { promoterScope: 'national' },
    }, 'privacy-bsn'],
    ['reason', 'captured', { type: 'RetractLearning', data: { learningId, reason: 'Op verzoek van s.jansen@gmail.com' } },
      'privacy-email'],
  ])('in %s', (field, given, command, rule) => {
    const error = spec.given(given === 'captured' ? [learningCaptured()] : []).when(command).thenRefused(rule, 'privacy');
    expect(error.field).toBe(field);
    expect(error.dataKind).toBe(rule.replace('privacy-', ''));
  });

  it('accepts the same kind of text without the identifying data', () => {
    const insight = 'Op 12-03-2024 bleek dat de wachttijd voor 24-uurszorg met 32% daalde (€ 123.456.789 budget).';
    expect(decider.decide(decider.initialState(), captureLearning({ insight }), { now }))
      .toEqual([expect.objectContaining({ type: 'LearningCaptured', data: expect.objectContaining({ insight }) })]);
  });
});
