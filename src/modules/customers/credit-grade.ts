// Korea's credit bureaus replaced the ten credit grades (신용등급) with 1–1,000 scores in 2021 (신용점수제). Customers
// still ask "is my score low?" in grades; NICE published the table that converts its score back to the former
// grade, and this is that table (NICE평가정보, 신용점수제 전환 안내: 1등급 900–1,000 … 10등급 0–444).

export interface FormerGrade {
  /** 1 (best) … 10. */
  grade: number;
  /** The score range of that grade, both ends included. */
  from: number;
  to: number;
  /** Grades 1–3 were the upper range, 4–6 the middle, 7–10 the lower (the prime / mid / subprime split lenders used). */
  range: 'UPPER' | 'MIDDLE' | 'LOWER';
}

const NICE_LOWER_BOUNDS = [900, 870, 840, 805, 750, 665, 600, 515, 445, 0] as const;

/** The former NICE grade of a 0–1,000 score; null for a score outside that scale. */
export function formerNiceGrade(score: number): FormerGrade | null {
  if (!Number.isInteger(score) || score < 0 || score > 1000) return null;
  const index = NICE_LOWER_BOUNDS.findIndex((lower) => score >= lower);
  const grade = index + 1;
  return {
    grade,
    from: NICE_LOWER_BOUNDS[index],
    to: index === 0 ? 1000 : NICE_LOWER_BOUNDS[index - 1] - 1,
    range: grade <= 3 ? 'UPPER' : grade <= 6 ? 'MIDDLE' : 'LOWER',
  };
}
