import { capOneOffs, MAD_SCALE } from './one-off';

describe('capOneOffs (Hampel identifier, upper side)', () => {
  it('uses the normal consistency constant 1/Φ⁻¹(3/4) = 1.4826', () => {
    // Φ⁻¹(0.75) = 0.6744897501960817 (standard normal quartile).
    expect(MAD_SCALE).toBeCloseTo(1 / 0.6744897501960817, 12);
  });

  it('caps a month far above the usual at median + 3 × 1.4826 × MAD, and only those', () => {
    // median 110, deviations 10,20,0,30,10,20,890 → MAD 20 → cap = 110 + 3 × 1.4826 × 20 = 198.956…
    const y = [100, 90, 110, 80, 120, 130, 1000];
    const r = capOneOffs(y);
    expect(r.cap).toBeCloseTo(110 + 3 * MAD_SCALE * 20, 9);
    expect(r.capped).toEqual([6]);
    expect(r.values.slice(0, 6)).toEqual(y.slice(0, 6));
    expect(r.values[6]).toBe(r.cap);
  });

  it('leaves low months alone (a month without the card is real), short and flat series untouched', () => {
    expect(capOneOffs([100, 100, 100, 0, 100, 100]).capped).toEqual([]); // MAD 0: no spread to judge by
    expect(capOneOffs([0, 500, 520, 480, 510, 490]).capped).toEqual([]);
    expect(capOneOffs([1, 2, 1000]).cap).toBeNull(); // fewer than 5 observations
  });
});
