import { AnswerTally, percentile } from './load-test';

describe('percentile', () => {
  it('takes the nearest rank, so p95 of 1..100 ms is 95 ms', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99)]).toEqual([50, 95, 99]);
  });

  it('answers the only sample for any percentile', () => {
    expect(percentile([7], 99)).toBe(7);
  });
});

describe('AnswerTally', () => {
  it('counts a 2xx answer without errors as accepted, and refusals by their code or status', () => {
    const tally = new AnswerTally();
    tally.record(200, '{"data":{"recordSession":{"revision":25}}}');
    tally.record(200, '{"errors":[{"message":"x","extensions":{"code":"CONFLICT"}}],"data":null}');
    tally.record(200, '{"errors":[{"message":"x","extensions":{"code":"CONFLICT"}}],"data":null}');
    tally.record(503, 'Service Unavailable');
    tally.record(200, '{"errors": not json');
    expect(tally.accepted).toBe(1);
    expect(Object.fromEntries(tally.refused)).toEqual({ CONFLICT: 2, 'HTTP 503': 1, 'unreadable answer': 1 });
  });
});
