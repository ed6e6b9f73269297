// The rendering checks every customer text must pass (used by the rendering tests and the eval): no particle
// that disagrees with how the word before it is read, no "(으)로"-style fallback, no internal identifier, no
// leaked placeholder, no word written twice in a row. Pure.
import { josa } from 'es-hangul';
import { particle, PARTICLE_FALLBACK, type ParticlePair } from '../../../../common/text/render';
import { escapeRegExp } from '../../../../common/text/regexp';
import { internalIdentifiers, PHRASE_MAPS, type PhraseMap } from './phrases';

/** Particle forms checked, longest first, with the pair each belongs to. */
const FORMS: readonly [string, ParticlePair][] = [
  ['으로', '으로/로'],
  ['이지만', '이지만/지만'],
  ['지만', '이지만/지만'],
  ['로', '으로/로'],
  ['이', '이/가'],
  ['가', '이/가'],
  ['을', '을/를'],
  ['를', '을/를'],
  ['은', '은/는'],
  ['는', '은/는'],
  ['와', '와/과'],
  ['과', '와/과'],
];
const BOUNDARY = String.raw`(?=[\s,.!?:;)\]]|$)`;
/** A figure with a Korean unit: "80,276,529원", "3건", "60개월", "2026년 3분기". */
const FIGURE_WITH_UNIT = /^\d[\d,.]*(원|건|개월|개|일|회|명|행|점|분기|월|년|번)$/u;
const NON_HANGUL_END = /[0-9%A-Za-z'"’”)]$/u;

/** The Korean phrases of the phrase maps (what a template interpolates before a particle). */
function phraseWords(): string[] {
  const out = new Set<string>();
  for (const map of Object.values(PHRASE_MAPS) as PhraseMap[])
    for (const p of Object.values(map)) if (/[가-힣]$/u.test(p.ko)) out.add(p.ko);
  return [...out].sort((a, b) => b.length - a.length);
}

let cachedPhrases: RegExp | null = null;
let cachedIdentifiers: Set<string> | null = null;

export interface RenderingError {
  kind: 'PARTICLE' | 'FALLBACK' | 'IDENTIFIER' | 'PLACEHOLDER' | 'REPEATED';
  /** The offending text with a little context. */
  at: string;
  expected?: string;
}

function around(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 12), index + length + 6);
}

/**
 * Every rendering error of a customer text. Particles are checked after figures, Latin words, quoted words and
 * parenthetical notes (the reading decides) and after the phrase-map words (es-hangul decides from the last
 * syllable); a particle after other Korean words is not checked (a word may end in 이/가/로 itself).
 */
export function renderingErrors(text: string): RenderingError[] {
  const errors: RenderingError[] = [];
  const fallback = new RegExp(PARTICLE_FALLBACK.source, 'gu');
  for (const m of text.matchAll(fallback))
    errors.push({ kind: 'FALLBACK', at: around(text, m.index ?? 0, m[0].length) });
  for (const m of text.matchAll(/\b[a-z]+\(s\)/g))
    errors.push({ kind: 'FALLBACK', at: around(text, m.index ?? 0, m[0].length) });
  cachedIdentifiers ??= new Set(internalIdentifiers());
  for (const m of text.matchAll(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\b/g))
    if (m[0].includes('_') || cachedIdentifiers.has(m[0]))
      errors.push({ kind: 'IDENTIFIER', at: around(text, m.index ?? 0, m[0].length) });
  for (const m of text.matchAll(/undefined|\bnull\b|NaN|\[object Object\]|\$\{/g))
    errors.push({ kind: 'PLACEHOLDER', at: around(text, m.index ?? 0, m[0].length) });
  // A word written twice by two templates meeting ("연 연 9.9%", "the the"): one of them already says it.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{L}+) \1(?![\p{L}\p{N}])/gu))
    errors.push({ kind: 'REPEATED', at: around(text, m.index ?? 0, m[0].length) });

  // Tokens: a figure, a Latin word, a quoted word or a note, followed by a particle.
  let previous = '';
  for (const [token] of text.matchAll(/[^\s,;:]+/gu)) {
    const before = previous;
    previous = token;
    for (const [form, pair] of FORMS) {
      if (!token.endsWith(form)) continue;
      let stem = token.slice(0, -form.length);
      if (stem.length === 0) break;
      // A note of its own after a word ("12월 1일 (화)은"): the word before it is read, as the renderer does.
      if (/^\([^()]*\)$/u.test(stem) && /[\p{L}\p{N}]$/u.test(before)) stem = `${before} ${stem}`;
      let expected: string | null = null;
      // A note cut by the token split ("인보이스 수)은" of "주문금액(총액 ÷ 인보이스 수)은", "(목))와" of "지난
      // 회차(11월 19일 (목))와") is read by the word before it, which the token does not hold: not checked here.
      if (stem.endsWith(')') && (stem.match(/\)/g) ?? []).length > (stem.match(/\(/g) ?? []).length) break;
      if (NON_HANGUL_END.test(stem)) expected = particle(stem, pair);
      else if (FIGURE_WITH_UNIT.test(stem.replace(/^[(['"“‘]+/u, '')) && !COPULA_FORMS.has(form))
        expected = josa.pick(stem[stem.length - 1], pair as Parameters<typeof josa.pick>[1]);
      if (expected !== null && expected !== form)
        errors.push({ kind: 'PARTICLE', at: token, expected: `${stem}${expected}` });
      break;
    }
  }
  // Phrase-map words followed by a particle (one alternation, longest first: "과소비" before "소비").
  cachedPhrases ??= new RegExp(
    `(${phraseWords().map(escapeRegExp).join('|')})['’”]?(${FORMS.map(([f]) => f).join('|')})${BOUNDARY}`,
    'gu',
  );
  for (const m of text.matchAll(cachedPhrases)) {
    const [, word, form] = m;
    const pair = FORMS.find(([f]) => f === form)![1];
    const want = COPULA_FORMS.has(form)
      ? particle(word, pair)
      : josa.pick(word[word.length - 1], pair as Parameters<typeof josa.pick>[1]);
    if (want !== form) errors.push({ kind: 'PARTICLE', at: m[0], expected: `${word}${want}` });
  }
  return errors;
}

const COPULA_FORMS: ReadonlySet<string> = new Set(['이지만', '지만']);
