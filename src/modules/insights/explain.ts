// Every engine returns its result together with the reasons that produced it. A reason has a stable
// machine code, a sentence in English and Korean, and the numbers it used (amounts as whole-won strings).

export type Figure = string | number | boolean | null;

export interface Reason {
  code: string;
  en: string;
  ko: string;
  figures: Record<string, Figure>;
}

export function reason(code: string, en: string, ko: string, figures: Record<string, Figure> = {}): Reason {
  return { code, en, ko, figures };
}
