import { SeedUsageError, parseSeedArgs } from './seed-args';

const NOW = new Date('2025-11-21T05:00:00Z');

describe('parseSeedArgs', () => {
  it('has defaults, taking the current time only from its parameter', () => {
    expect(parseSeedArgs([], NOW)).toEqual({ help: false, customers: 1000, seed: 'fingraph', now: NOW });
  });

  it('reads --name value and --name=value', () => {
    expect(parseSeedArgs(['--customers', '100000', '--seed=demo 2', '--now', '2024-02-29'], NOW)).toEqual({
      help: false,
      customers: 100_000,
      seed: 'demo 2',
      now: new Date('2024-02-28T15:00:00Z'), // midnight in Korea
    });
    expect(parseSeedArgs(['--help'], NOW)).toEqual({ help: true });
  });

  it.each([
    [['--customers', '0'], /--customers must be a whole number from 1 to 1000000, got "0"/],
    [['--customers', '-5'], /--customers needs a value|--customers must be/],
    [['--customers', '1.5'], /got "1.5"/],
    [['--customers', '1e3'], /got "1e3"/],
    [['--customers', '1000001'], /got "1000001"/],
    [['--customers'], /--customers needs a value/],
    [['--customers', '--seed', 'x'], /--customers needs a value/],
    [['--seed', ''], /--seed must be a non-empty string/],
    [['--now', '2025-02-29'], /--now must be a calendar date as YYYY-MM-DD, got "2025-02-29"/],
    [['--now', 'tomorrow'], /--now must be a calendar date/],
    [['--count', '5'], /Unknown argument "--count"/],
    [['5'], /Unknown argument "5"/],
    [['--seed', 'a', '--seed', 'b'], /--seed is given twice/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseSeedArgs(argv, NOW)).toThrow(SeedUsageError);
    expect(() => parseSeedArgs(argv, NOW)).toThrow(message);
  });
});
