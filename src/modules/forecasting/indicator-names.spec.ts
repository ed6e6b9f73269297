import { INDICATORS, indicatorName } from './indicator-files';

// Every series has a name in both languages, and the one in its own language is the name it is stored under.
describe('indicatorName', () => {
  it.each(INDICATORS.map((d) => [d.code, d] as const))('%s', (_code, d) => {
    const own = d.source.startsWith('FRED') ? 'en' : 'ko';
    expect(indicatorName(d.code, own)).toBe(d.name);
    expect(indicatorName(d.code, own === 'en' ? 'ko' : 'en')).toMatch(own === 'en' ? /[가-힣]/ : /^[A-Z]/);
  });

  it('leaves a code it does not know to the stored name', () => {
    expect(indicatorName('NOT_A_SERIES', 'ko')).toBeUndefined();
  });
});
