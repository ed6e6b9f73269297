import {
  QuarterError,
  addQuarters,
  compareQuarters,
  firstDay,
  formatQuarter,
  lastDay,
  lastQuartersBefore,
  nextQuarter,
  parseQuarter,
  previousQuarter,
  quarterBounds,
  quarterOfDate,
  quarterOfInstant,
  quarterRange,
} from './quarters';

const q = parseQuarter;
const labels = (qs: { year: number; q: 1 | 2 | 3 | 4 }[]) => qs.map(formatQuarter);

describe('quarters', () => {
  it('parses and formats labels', () => {
    expect(q('2025Q3')).toEqual({ year: 2025, q: 3 });
    expect(formatQuarter(q('1999Q1'))).toBe('1999Q1');
    for (const bad of ['2025Q0', '2025Q5', '2025-Q3', '25Q3', '2025q3', '', '2025Q3x']) {
      expect(() => q(bad)).toThrow(QuarterError);
    }
  });

  it('steps across year ends', () => {
    expect(formatQuarter(previousQuarter(q('2025Q1')))).toBe('2024Q4');
    expect(formatQuarter(nextQuarter(q('2024Q4')))).toBe('2025Q1');
    expect(formatQuarter(addQuarters(q('2025Q3'), -8))).toBe('2023Q3');
    expect(compareQuarters(q('2024Q4'), q('2025Q1'))).toBe(-1);
  });

  it('knows first and last days, leap years included', () => {
    expect([firstDay(q('2024Q1')), lastDay(q('2024Q1'))]).toEqual(['2024-01-01', '2024-03-31']);
    expect(lastDay(q('2025Q2'))).toBe('2025-06-30');
    expect(lastDay(q('2025Q3'))).toBe('2025-09-30');
    expect([firstDay(q('2025Q4')), lastDay(q('2025Q4'))]).toEqual(['2025-10-01', '2025-12-31']);
    expect(formatQuarter(quarterOfDate('2024-02-29'))).toBe('2024Q1');
  });

  it('bounds a quarter by KST midnights as instants', () => {
    const { start, end } = quarterBounds(q('2025Q3'));
    expect(start.toISOString()).toBe('2025-06-30T15:00:00.000Z');
    expect(end.toISOString()).toBe('2025-09-30T15:00:00.000Z');
    // 2025-06-30 23:59:59 UTC is already 1 July in Korea
    expect(formatQuarter(quarterOfInstant(new Date('2025-06-30T15:00:00Z')))).toBe('2025Q3');
    expect(formatQuarter(quarterOfInstant(new Date('2025-06-30T14:59:59.999Z')))).toBe('2025Q2');
    expect(quarterBounds(q('2024Q4')).end.toISOString()).toBe('2024-12-31T15:00:00.000Z');
  });

  it('lists ranges and the last n complete quarters before a date', () => {
    expect(labels(quarterRange(q('2024Q3'), q('2025Q2')))).toEqual(['2024Q3', '2024Q4', '2025Q1', '2025Q2']);
    expect(quarterRange(q('2025Q2'), q('2025Q1'))).toEqual([]);
    const now = new Date('2025-11-21T00:00:00+09:00');
    expect(labels(lastQuartersBefore(now, 3))).toEqual(['2025Q3', '2025Q2', '2025Q1']);
    // 1 Jan 00:30 KST is still 31 Dec in UTC; the current quarter is 2026Q1 in Korea
    expect(labels(lastQuartersBefore(new Date('2025-12-31T15:30:00Z'), 1))).toEqual(['2025Q4']);
    expect(() => lastQuartersBefore(now, -1)).toThrow(QuarterError);
  });
});
