import { formerNiceGrade } from './credit-grade';

describe('formerNiceGrade (NICE score → former grade, the published conversion table)', () => {
  // NICE평가정보's table: 1등급 900–1000, 2 870–899, 3 840–869, 4 805–839, 5 750–804, 6 665–749, 7 600–664,
  // 8 515–599, 9 445–514, 10 0–444.
  it.each([
    [1000, 1, 900, 1000],
    [900, 1, 900, 1000],
    [899, 2, 870, 899],
    [870, 2, 870, 899],
    [869, 3, 840, 869],
    [805, 4, 805, 839],
    [804, 5, 750, 804],
    [749, 6, 665, 749],
    [664, 7, 600, 664],
    [612, 7, 600, 664],
    [599, 8, 515, 599],
    [514, 9, 445, 514],
    [444, 10, 0, 444],
    [0, 10, 0, 444],
  ])('%i → grade %i (%i–%i)', (score, grade, from, to) => {
    expect(formerNiceGrade(score)).toMatchObject({ grade, from, to });
  });

  it('names the range lenders used: 1–3 upper, 4–6 middle, 7–10 lower', () => {
    expect(formerNiceGrade(840)!.range).toBe('UPPER');
    expect(formerNiceGrade(839)!.range).toBe('MIDDLE');
    expect(formerNiceGrade(665)!.range).toBe('MIDDLE');
    expect(formerNiceGrade(664)!.range).toBe('LOWER');
  });

  it('has no grade for a score off the 0–1,000 scale', () => {
    expect(formerNiceGrade(1001)).toBeNull();
    expect(formerNiceGrade(-1)).toBeNull();
    expect(formerNiceGrade(870.5)).toBeNull();
  });
});
