// Korean particles (조사) chosen from how the preceding word is *read*: its last Hangul syllable, a number read
// aloud ("3" 삼 → 이, "2" 이 → 가, "10" 십 → 이, "1,000" 천 → 이), a unit symbol ("%" 퍼센트 → 가), Latin letters
// ("DSR" 알 → 로), a quoted word ("'과소비'" → 과소비) or a word with a parenthetical note ("한도(DSR)" → 한도).
// es-hangul picks the particle from the reading; this file only works out the reading. Pure.
import { hasBatchim, josa } from 'es-hangul';

/** The particle pairs a template may write after an interpolation (es-hangul's JosaOption, 과/와, copula forms). */
export const PARTICLE_PAIRS = [
  '이/가',
  '을/를',
  '은/는',
  '으로/로',
  '와/과',
  '과/와',
  '이나/나',
  '이란/란',
  '아/야',
  '이랑/랑',
  '이에요/예요',
  '으로서/로서',
  '으로써/로써',
  '으로부터/로부터',
  '이라/라',
  // The copula after a noun (not in es-hangul's list): 이 after a final consonant, dropped after a vowel.
  '이지만/지만',
  '이며/며',
  '이고/고',
  '이라서/라서',
  '이었/였',
  '이어서/여서',
] as const;
export type ParticlePair = (typeof PARTICLE_PAIRS)[number];
type JosaOption = Parameters<typeof josa.pick>[1];
const COPULA: ReadonlySet<string> = new Set([
  '이지만/지만',
  '이며/며',
  '이고/고',
  '이라서/라서',
  '이었/였',
  '이어서/여서',
]);

const DIGIT_NAMES = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
/** Place names by the count of trailing zeros (1 → 십, 2 → 백, 3 → 천) and of 4-digit groups (만, 억, 조, 경). */
const PLACE_NAMES = ['', '십', '백', '천'];
const GROUP_NAMES = ['', '만', '억', '조', '경', '해'];
const LETTER_NAMES: Record<string, string> = {
  A: '에이',
  B: '비',
  C: '씨',
  D: '디',
  E: '이',
  F: '에프',
  G: '지',
  H: '에이치',
  I: '아이',
  J: '제이',
  K: '케이',
  L: '엘',
  M: '엠',
  N: '엔',
  O: '오',
  P: '피',
  Q: '큐',
  R: '알',
  S: '에스',
  T: '티',
  U: '유',
  V: '브이',
  W: '더블유',
  X: '엑스',
  Y: '와이',
  Z: '제트',
};
/** Units written as symbols, read in Korean. */
const SYMBOL_READINGS: Record<string, string> = {
  '%': '퍼센트',
  '₩': '원',
  $: '달러',
  '€': '유로',
  '°': '도',
  '‰': '퍼밀',
};
const CLOSING = /[\s'"’”»」』》〉\]}.,!?…·]+$/u;
const HANGUL_SYLLABLE = /[가-힣]$/u;

/** How an integer written in digits (commas allowed) ends when read in Sino-Korean: "80,276,529" → "구". */
export function readIntegerTail(digits: string): string {
  const d = digits.replace(/[^0-9]/g, '').replace(/^0+(?=\d)/, '');
  if (/^0*$/.test(d)) return '영';
  const zeros = d.length - d.replace(/0+$/, '').length;
  if (zeros === 0) return DIGIT_NAMES[Number(d[d.length - 1])];
  // 50 오십, 1,000 천; from 10,000 on the reading ends in the group name: 1,200,000 백이십만, 300,000,000 삼억.
  if (zeros < 4) return PLACE_NAMES[zeros];
  return GROUP_NAMES[Math.min(Math.floor(zeros / 4), GROUP_NAMES.length - 1)];
}

/** How a Latin word ends when read: acronyms by letter name ("DSR" → 알), other words by a loanword rule. */
function readLatinTail(word: string): string {
  const upper = /^[A-Z]+$/.test(word) || word.length <= 3;
  if (upper) return LETTER_NAMES[word[word.length - 1].toUpperCase()];
  const w = word.toLowerCase();
  // English loanwords in Korean: final m/n/ng/l/-le keep a 받침 (삼성, 신한, 애플); others end in a vowel
  // (카카오, 토스, 카드, 뱅크, 네이버).
  if (/ng$/.test(w)) return '앙';
  if (/[^e]le$/.test(w)) return '플';
  if (/m$/.test(w)) return '엄';
  if (/n$/.test(w)) return '언';
  if (/l$/.test(w)) return '얼';
  return '아';
}

/**
 * The reading of the end of a word, as a Hangul string whose last syllable decides the particle, or null when the
 * word ends in nothing readable (then the vowel form is used).
 */
export function spokenTail(word: string): string | null {
  let w = word.normalize('NFC');
  // Closing quotes and punctuation are not read; a parenthetical note after a word ("한도(DSR)", "12월 22일 (월)")
  // does not change the particle of the word; a word that is all parenthesis ("(주)") is read inside.
  for (let guard = 0; guard < 8; guard++) {
    w = w.replace(CLOSING, '');
    if (!w.endsWith(')')) break;
    const open = w.lastIndexOf('(');
    if (open < 0) {
      w = w.slice(0, -1);
      continue;
    }
    const before = w.slice(0, open).trimEnd();
    w = before.length > 0 ? before : w.slice(open + 1, -1);
  }
  if (w.length === 0) return null;
  if (HANGUL_SYLLABLE.test(w)) return w[w.length - 1];
  const last = w[w.length - 1];
  if (SYMBOL_READINGS[last]) return SYMBOL_READINGS[last];
  const number = /(\d[\d,]*)(?:\.(\d+))?$/.exec(w);
  if (number)
    return number[2] ? DIGIT_NAMES[Number(number[2][number[2].length - 1])] : readIntegerTail(number[1]);
  const latin = /[A-Za-z]+$/.exec(w);
  if (latin) return readLatinTail(latin[0]);
  return null;
}

/** The particle of a pair that follows `word`: particle('80,276,529원', '으로/로') → '으로'. */
export function particle(word: string, pair: ParticlePair): string {
  const option = pair === '과/와' ? '와/과' : pair;
  const tail = spokenTail(word);
  if (tail === null) return option.split('/')[option === '와/과' ? 0 : 1];
  if (COPULA.has(option)) return option.split('/')[hasBatchim(tail) ? 0 : 1];
  return josa.pick(tail, option as JosaOption);
}

/** The word followed by its particle: withParticle('3건', '이/가') → '3건이'. */
export function withParticle(word: string, pair: ParticlePair): string {
  return `${word}${particle(word, pair)}`;
}

/** A value a Korean template may interpolate: text, a count (digits grouped), or anything with toString. */
export type KoValue = string | number | { toString(): string };

function show(value: KoValue): string {
  if (typeof value === 'number')
    return Number.isInteger(value) ? value.toLocaleString('en-US', { useGrouping: true }) : String(value);
  return String(value);
}

// Longest first so "으로부터/로부터" wins over "으로/로".
const PAIRS_BY_LENGTH = [...PARTICLE_PAIRS].sort((a, b) => b.length - a.length);

/**
 * A Korean sentence whose particles follow the values before them. After an interpolation write the particle
 * pair, and the right half is chosen from how the value is read:
 *
 *   ko`최대 ${'80,276,529원'}으로/로 계산됩니다` → '최대 80,276,529원으로 계산됩니다'
 *   ko`현재 상황은 '${'과소비'}'으로/로 …`        → "현재 상황은 '과소비'로 …" (the quote after the value is skipped)
 *
 * A pair may follow closing quotes or brackets written in the template itself ("'${name}'이/가").
 */
export function ko(strings: TemplateStringsArray, ...values: KoValue[]): string {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) {
    const value = show(values[i]);
    let segment = strings[i + 1];
    const closing = /^['"’”)\]」』]*/u.exec(segment)?.[0] ?? '';
    const rest = segment.slice(closing.length);
    const pair = PAIRS_BY_LENGTH.find((p) => rest.startsWith(p));
    if (pair) segment = `${closing}${particle(`${value}${closing}`, pair)}${rest.slice(pair.length)}`;
    out += value + segment;
  }
  return out;
}

/** Fallback spellings that must never reach a customer ("(으)로", "을(를)", "이/가"). */
export const PARTICLE_FALLBACK =
  /\((?:으|이|을|를|은|는|과|와|아|야)\)|(?:을|은|이|과|와)\((?:를|는|가|와|과)\)|(?:이\/가|을\/를|은\/는|으로\/로|와\/과|과\/와|이나\/나|이에요\/예요|이라\/라|이지만\/지만|이며\/며|이고\/고)/u;
