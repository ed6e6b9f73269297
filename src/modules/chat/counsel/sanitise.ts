// Data strings (merchant memos, imported file values, names) reach the model only quoted inside the context
// block; this makes sure they cannot pose as instructions or close that block. Pure.

/** The delimiters of the context block: any occurrence inside data is neutralised. */
export const DATA_OPEN = '<<<FINGRAPH_DATA';
export const DATA_CLOSE = 'FINGRAPH_DATA>>>';

/** Longest data string kept (a merchant name or a file cell, not a document). */
export const MAX_DATA_STRING = 120;

/** Instruction-like phrases (English and Korean) removed from data strings. */
export const INSTRUCTION_PATTERNS: readonly RegExp[] = [
  /\b(ignore|disregard|forget|override|bypass)\b[^.\n]{0,40}\b(instruction|instructions|rules?|prompt|above|previous|prior|system)\b/gi,
  /\b(you are now|act as|pretend to be|roleplay as|role-play as|new instructions?|from now on)\b/gi,
  /\b(system prompt|developer message|jailbreak|do anything now|DAN mode)\b/gi,
  /\b(reveal|print|show|tell|send|transfer|list)\b[^.\n]{0,30}\b(all|every|other)\s+(customers?|users?|accounts?|loans?)\b/gi,
  /(이전|위의?|앞의?|기존|모든)\s*(지시|지침|명령|규칙|프롬프트|설정)[^.\n]{0,12}(무시|잊어|따르지)/g,
  /(시스템\s*프롬프트|개발자\s*메시지|탈옥)/g,
  /(지금부터|이제부터)[^.\n]{0,20}(역할|행세|척|처럼\s*행동)/g,
  /(다른|모든|타)\s*(고객|사용자|회원)[^.\n]{0,20}(보여|알려|출력|공개|전송)/g,
  /(승인|금리)[^.\n]{0,12}(보장|약속|확정)해/g,
];

/** Chat-template and role markers: "system:", "<|im_start|>", "[INST]", "### Assistant", "</s>". */
const ROLE_MARKERS: readonly RegExp[] = [
  /<\|[^|>]{0,30}\|>/g,
  /\[\/?(INST|SYS|SYSTEM)\]/gi,
  /<\/?(s|system|assistant|user|tool)>/gi,
  /(^|\n|\s)#{1,6}\s*(system|assistant|user|instruction)s?\b:?/gi,
  /(^|\n|\s)(system|assistant|user|developer|tool)\s*:/gi,
  /(^|\n|\s)(시스템|어시스턴트|사용자|개발자)\s*:/g,
];

// eslint-disable-next-line no-control-regex -- control characters are what is removed
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/** True when a data string carries instruction-like text or a role marker. */
export function looksLikeInstruction(text: string): boolean {
  return [...INSTRUCTION_PATTERNS, ...ROLE_MARKERS].some((re) => {
    re.lastIndex = 0;
    const hit = re.test(text);
    re.lastIndex = 0;
    return hit;
  });
}

/**
 * One data string made inert: control and bidi characters dropped, newlines flattened, block delimiters and
 * angle/curly braces neutralised, role markers and instruction-like phrases replaced by "[removed]", cut to
 * MAX_DATA_STRING characters.
 */
export function sanitiseDataString(value: string): string {
  let s = value
    .normalize('NFKC')
    .replace(CONTROL, '')
    .replace(/[\r\n\t]+/g, ' ');
  s = s.split(DATA_OPEN).join('[removed]').split(DATA_CLOSE).join('[removed]');
  for (const re of ROLE_MARKERS)
    s = s.replace(re, (_m, lead = '') => `${typeof lead === 'string' ? lead : ''}[removed]`);
  for (const re of INSTRUCTION_PATTERNS) s = s.replace(re, '[removed]');
  s = s
    .replace(/[<>{}]/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return s.length > MAX_DATA_STRING ? `${s.slice(0, MAX_DATA_STRING - 1)}…` : s;
}

/** Every string in a JSON-like value sanitised (keys are ours and left alone). */
export function sanitiseData<T>(value: T): T {
  if (typeof value === 'string') return sanitiseDataString(value) as T;
  if (Array.isArray(value)) return value.map((v) => sanitiseData(v)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = sanitiseData(v);
    return out as T;
  }
  return value;
}
