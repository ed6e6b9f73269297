import { classificationReport } from './metrics';

describe('classificationReport', () => {
  it('computes per-class precision/recall/F1, macro-F1 and accuracy by hand', () => {
    // gold  f f f g g ; pred f f g g f → finance tp 2 fp 1 fn 1; general tp 1 fp 1 fn 1
    const r = classificationReport(['f', 'f', 'f', 'g', 'g'], ['f', 'f', 'g', 'g', 'f'], ['f', 'g']);
    expect(r.accuracy).toBeCloseTo(3 / 5, 12);
    expect(r.perClass[0]).toMatchObject({ label: 'f', support: 3 });
    expect(r.perClass[0].precision).toBeCloseTo(2 / 3, 12);
    expect(r.perClass[0].recall).toBeCloseTo(2 / 3, 12);
    expect(r.perClass[1].precision).toBeCloseTo(1 / 2, 12);
    expect(r.perClass[1].f1).toBeCloseTo(1 / 2, 12);
    expect(r.macroF1).toBeCloseTo((2 / 3 + 1 / 2) / 2, 12);
  });

  it('leaves classes with neither gold nor predictions out of the macro average', () => {
    const r = classificationReport(['a', 'a'], ['a', 'a'], ['a', 'b']);
    expect(r.perClass.map((c) => c.label)).toEqual(['a']);
    expect(r.macroF1).toBe(1);
  });
});
