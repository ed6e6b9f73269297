import { quarterChange } from './quarter-change';

describe('quarterChange', () => {
  it('gives the won difference and the ratio to the previous quarter', () => {
    expect(quarterChange('1200000', '1000000')).toEqual({ amount: '200000', ratio: '0.200000' });
    expect(quarterChange('700000', '1000000')).toEqual({ amount: '-300000', ratio: '-0.300000' });
    // 100 / 3 = 33.333… → 33.333333; 2 / 3 = 0.6666… → 0.666667 (half up)
    expect(quarterChange('400', '300')).toEqual({ amount: '100', ratio: '0.333333' });
    expect(quarterChange('500', '300')).toEqual({ amount: '200', ratio: '0.666667' });
  });

  it('has no ratio when the previous quarter had no net spending', () => {
    expect(quarterChange('50000', '0')).toEqual({ amount: '50000', ratio: null });
    expect(quarterChange('50000', '-1000')).toEqual({ amount: '51000', ratio: null });
  });
});
