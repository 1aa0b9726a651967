import { isDomainError } from '@leerkring/domain';
import { monthsOfPeriod, parsePeriod, quartersOfPeriod, weeksOfPeriod } from './report-period';
import { parseReportRequest, type RawReportRequest } from './report-request';

function refused(raw: RawReportRequest): { field?: string; rule: string; message: string } {
  try {
    parseReportRequest(raw);
  } catch (error) {
    if (isDomainError(error)) return { field: error.field, rule: error.rule, message: error.message };
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(raw)} to be refused`);
}

describe('the period of a report', () => {
  it('takes a quarter, a year or a range of days', () => {
    expect(parseReportRequest({ period: '2024-Q2' })).toEqual({
      period: { kind: 'quarter', label: '2024-Q2', from: '2024-04-01', to: '2024-06-30' }, regionIds: [],
    });
    expect(parseReportRequest({ period: ' 2025 ' }).period).toEqual({ kind: 'year', label: '2025', from: '2025-01-01', to: '2025-12-31' });
    expect(parseReportRequest({ from: '2024-03-01', to: '2024-05-31', regions: 'JZ36, JZ08,JZ36', position: '' })).toEqual({
      period: { kind: 'range', label: '2024-03-01_2024-05-31', from: '2024-03-01', to: '2024-05-31' }, regionIds: ['JZ08', 'JZ36'],
    });
    expect(parseReportRequest({ period: '2024-Q1', regions: ['JZ36'], position: 'a'.repeat(16) })).toMatchObject({
      regionIds: ['JZ36'], position: 'aaaaaaaaaaaaaaaa',
    });
  });

  it('counts the weeks of a period by their Thursday, as reporting periods do', () => {
    expect(weeksOfPeriod(parsePeriod('period', '2024-Q2'))).toHaveLength(13);
    expect(weeksOfPeriod(parsePeriod('period', '2024-Q2'))[0]).toBe('2024-W14');
    // 2026 has 53 ISO weeks; 2027-Q1 has 12 (31 March 2027 is a Wednesday).
    expect(weeksOfPeriod(parsePeriod('period', '2026'))).toHaveLength(53);
    expect(weeksOfPeriod(parsePeriod('period', '2027-Q1'))).toHaveLength(12);
    expect(quartersOfPeriod(parsePeriod('period', '2024'))).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(monthsOfPeriod(parseReportRequest({ from: '2024-11-15', to: '2025-02-01' }).period)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    // Friday to Sunday holds no Thursday: no week counts.
    expect(weeksOfPeriod(parseReportRequest({ from: '2024-04-05', to: '2024-04-07' }).period)).toEqual([]);
  });

  it.each<[RawReportRequest, string, string]>([
    [{}, 'period', 'period-missing'],
    [{ period: '2024-Q5' }, 'period', 'period-format'],
    [{ period: 'Q2-2024' }, 'period', 'period-format'],
    [{ period: '2024-Q2', from: '2024-01-01' }, 'period', 'period-ambiguous'],
    [{ from: '2024-01-01' }, 'to', 'period-incomplete'],
    [{ to: '2024-01-01' }, 'from', 'period-incomplete'],
    [{ from: '2024-02-30', to: '2024-03-01' }, 'from', 'date-invalid'],
    [{ from: '1-2-2024', to: '2024-03-01' }, 'from', 'date-format'],
    [{ from: '2024-03-02', to: '2024-03-01' }, 'to', 'period-reversed'],
    [{ from: '2018-01-01', to: '2024-03-01' }, 'to', 'period-too-long'],
    [{ period: '2024', regions: 'JZ36,Zeeland' }, 'regions', 'region-id-format'],
    [{ period: '2024', position: 'gisteren' }, 'position', 'position-format'],
    [{ period: '2024', position: '0000000000000001-00000000000000XY' }, 'position', 'position-format'],
  ])('refuses %j: %s %s', (raw, field, rule) => {
    const error = refused(raw);
    expect({ field: error.field, rule: error.rule }).toEqual({ field, rule });
    // Dutch, and naming the parameter.
    expect(error.message).toContain(field);
  });
});
