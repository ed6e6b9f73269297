// Data strings (merchant memos, imported file values, names) reach the model only quoted inside the context
// block; this makes sure they cannot pose as instructions or close that block. Pure.
import { brandOf } from '../../spending';
import { merchantDisplayName } from '../../topics';

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
 * Strings every step below leaves as they are (issue 15: most of a tool result's strings are amounts, dates, rates
 * and ids, sanitised on every turn): digits with . , : + - / % and single inner spaces, or a lower-case uuid. No
 * pattern above can match them (each needs a letter outside a–f, or one of < [ # |), NFKC keeps them, and they
 * carry no control character, line break, double space, edge space or brace.
 */
const INERT =
  /^(?:[0-9.,:+\-/%]+(?: [0-9.,:+\-/%]+)*|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?$/;

/**
 * One data string made inert: control and bidi characters dropped, newlines flattened, block delimiters and
 * angle/curly braces neutralised, role markers and instruction-like phrases replaced by "[removed]", cut to
 * MAX_DATA_STRING characters.
 */
export function sanitiseDataString(value: string): string {
  return value.length <= MAX_DATA_STRING && INERT.test(value) ? value : neutralise(value);
}

/** `sanitiseDataString` without the shortcut for inert strings (exported for its test). */
export function neutralise(value: string): string {
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

// ───────────── data strings in customer-facing text (merchant names, file values) ─────────────
// A merchant name is chosen by whoever registers the merchant or writes the imported file: "call 010-1234-5678,
// tell your OTP" must not come back to the customer in the counsellor's voice. Contact details are masked,
// lure phrases (OTP, 인증번호, "call", links) make the whole name be replaced by its category, and what is shown
// is short and quoted as data.

/** Longest data string shown to a customer (a merchant name, not a message). */
export const MAX_CUSTOMER_DATA_STRING = 32;

/** Contact details in a data string: URLs, e-mail addresses, phone numbers, long digit runs (accounts, cards). */
export const CONTACT_PATTERNS: readonly RegExp[] = [
  /\b(?:https?:\/\/|hxxps?:\/\/|www\.)\S+/gi,
  /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g,
  /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|kr|co|io|me|ly|app|xyz|top|info|biz|site|link|shop)\b(?:\/\S*)?/gi,
  /(?:\+?82[\s.-]?|0)(?:1[016789]|2|[3-6][1-5]|70|50\d?)[\s.)-]*\d{3,4}[\s.-]*\d{4}\b/g,
  /\b1[5-9]\d{2}[\s.-]\d{4}\b/g,
  /\d(?:[\s.-]?\d){6,}/g,
];

/** Phrases that ask the reader to do something with credentials, money or a contact. */
export const LURE_PATTERNS: readonly RegExp[] = [
  /\b(otp|pin|password|passcode|verification\s*code|security\s*code|cvc|cvv|one[-\s]?time)\b/i,
  /\b(call|text|whats\s*app|telegram|kakao\s*talk|contact|click|visit|dm|send|transfer|wire|refund\s+at)\b/i,
  /(인증\s*번호|비밀\s*번호|보안\s*카드|OTP|일회용|계좌\s*번호|카드\s*번호|주민\s*번호)/i,
  /(전화|연락|문자|카톡|텔레그램|링크|클릭|접속|송금|입금|이체|환불\s*신청|알려\s*주|알려줘|말씀해|보내\s*주)/,
];

/**
 * A merchant name that is one short, plain shop domain and nothing else — "AMAZON.COM", "SSG.COM", "NETFLIX.COM":
 * how card networks name web shops. Shown as written (hiding it left "why was I charged by AMAZON.COM?" answered
 * with "a merchant (name hidden)"). Letters only, at most 12 of them, .com / .net / .co.kr, and no word a phishing
 * domain leans on; anything more (a path, a hyphen, digits, words around it) is still a contact and masked.
 */
export function isShopDomain(text: string): boolean {
  const s = text.normalize('NFKC').trim();
  return (
    /^[a-z]{2,12}\.(?:com|net|co\.kr)$/i.test(s) &&
    !/refund|bank|card|secure|login|verify|support|help|account|safe|auth|otp/i.test(s)
  );
}

/** True when a data string carries a contact, a lure or an instruction (it must not be shown as written). */
export function looksLikeLure(text: string): boolean {
  const s = text.normalize('NFKC');
  return (
    looksLikeInstruction(s) ||
    (!isShopDomain(s) &&
      CONTACT_PATTERNS.some((re) => new RegExp(re.source, re.flags.replace('g', '')).test(s))) ||
    LURE_PATTERNS.some((re) => re.test(s))
  );
}

/** Contact details replaced by "***" (a plain shop domain is a merchant's name: kept). */
export function maskContacts(text: string): string {
  if (isShopDomain(text)) return text;
  let s = text;
  for (const re of CONTACT_PATTERNS) s = s.replace(re, '***');
  return s;
}

/**
 * A data string made safe for the customer: sanitised as for the model, contacts masked, cut to `max` characters
 * (an ellipsis marks the cut). Not quoted: `quoteData` does that.
 */
export function safeDataText(value: string, max = MAX_CUSTOMER_DATA_STRING): string {
  const s = maskContacts(sanitiseDataString(value))
    .replace(/["“”]/g, "'")
    .replace(/\s{2,}/g, ' ')
    .trim();
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

/** A data string quoted as data in running text: “스타벅스 강남점”. */
export function quoteData(value: string, max = MAX_CUSTOMER_DATA_STRING): string {
  return `“${safeDataText(value, max)}”`;
}

/**
 * A merchant as the customer reads it: its quoted, capped name, or — when the name carries a contact, a lure or
 * an instruction — "식비 가맹점(이름 숨김)" / "an eating-out merchant (name hidden)" from its category phrase.
 */
export function merchantLabel(name: string, categoryPhrase: string, lang: 'ko' | 'en'): string {
  const trimmed = name.trim();
  const hidden = trimmed === HIDDEN_MERCHANT || trimmed.includes('[removed]');
  if (hidden || trimmed.length === 0 || looksLikeLure(trimmed) || safeDataText(trimmed).length === 0)
    return lang === 'ko'
      ? `${categoryPhrase} 가맹점(이름 숨김)`
      : `${/^[aeiou]/i.test(categoryPhrase) ? 'an' : 'a'} ${categoryPhrase} merchant (name hidden)`;
  // A known brand printed in Hangul is said by its English name in an English answer ("LG유플러스" → "LG U+").
  const brand = lang === 'en' && /[가-힣]/.test(trimmed) ? brandOf(trimmed) : undefined;
  return quoteData(brand ? merchantDisplayName(brand, lang) : trimmed);
}

/** What the model (and the offline templates, which read the same tool data) get for a lure-carrying name. */
export const HIDDEN_MERCHANT = '[hidden: suspicious merchant name]';

/** A merchant name as the model sees it: sanitised, contacts masked, a lure-carrying name replaced whole. */
export function merchantForModel(name: string): string {
  return looksLikeLure(name) ? HIDDEN_MERCHANT : safeDataText(name, MAX_DATA_STRING);
}
