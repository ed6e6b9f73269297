// Guardrail on the user's own message: attempts to override the rules, extract the prompt, switch roles or reach
// another customer's data are refused before any tool runs. Base64 runs are decoded and classified too. Pure.

export type InjectionKind =
  'INSTRUCTION_OVERRIDE' | 'PROMPT_EXTRACTION' | 'ROLE_PLAY' | 'OTHER_CUSTOMER' | 'ENCODED';

export interface InjectionFinding {
  kind: InjectionKind;
  /** The rule that matched (for the audit log; never the user's text). */
  rule: string;
  /** Found inside a decoded base64 run. */
  encoded: boolean;
}

/** What the session customer may name without it counting as "another customer". */
export interface OwnIdentity {
  /** The session customer's own record ids (loans): a UUID naming one of them is fine. */
  ownIds?: readonly string[];
  name?: string | null;
  customerNumber?: string | null;
  customerId?: string | null;
}

const RULES: readonly { kind: InjectionKind; rule: string; re: RegExp }[] = [
  {
    kind: 'INSTRUCTION_OVERRIDE',
    rule: 'ignore-instructions-en',
    re: /\b(ignore|disregard|forget|override|bypass|skip)\b[\s\S]{0,40}\b(instructions?|rules?|guidelines?|prompts?|guardrails?|restrictions?|polic(y|ies))\b/i,
  },
  {
    kind: 'INSTRUCTION_OVERRIDE',
    rule: 'ignore-instructions-ko',
    re: /(이전|앞|위|기존|모든|너의|당신의|시스템)\s*(의\s*)?(지시|지침|명령|규칙|프롬프트|설정|제한)[\s\S]{0,15}(무시|잊어|잊고|어겨|따르지\s*마|해제)/,
  },
  {
    kind: 'INSTRUCTION_OVERRIDE',
    rule: 'ignore-ko-short',
    re: /(지시|지침|규칙|제한)(을|를)?\s*(모두\s*)?(무시|해제)(하고|해|하세요|해줘)/,
  },
  {
    kind: 'PROMPT_EXTRACTION',
    rule: 'system-prompt',
    re: /\b(system\s*prompt|developer\s*(message|prompt)|initial\s*prompt|hidden\s*instructions?|your\s*(instructions|prompt)|(reveal|show|print|repeat|output|dump)\s+(me\s+)?(all\s+)?your\s+(rules|guidelines|configuration))\b/i,
  },
  {
    kind: 'PROMPT_EXTRACTION',
    rule: 'system-prompt-ko',
    re: /(시스템\s*프롬프트|개발자\s*메시지|숨겨진\s*지시|너의\s*(지시|규칙|프롬프트))/,
  },
  {
    kind: 'ROLE_PLAY',
    rule: 'role-play-en',
    re: /\b(you are now|act as|pretend (to be|you are)|role-?play|from now on you|jailbreak|DAN mode|developer mode)\b/i,
  },
  {
    kind: 'ROLE_PLAY',
    rule: 'role-play-ko',
    re: /((지금|이제)부터\s*(너는|넌|당신은)|역할\s*(극|놀이)|인\s*척\s*해|처럼\s*행동해|탈옥|관리자\s*모드|개발자\s*모드)/,
  },
  {
    kind: 'ROLE_PLAY',
    rule: 'role-marker',
    re: /(<\|[^|>]{0,30}\|>|\[\/?INST\]|(^|\n)\s*(system|assistant)\s*:)/i,
  },
  {
    kind: 'OTHER_CUSTOMER',
    rule: 'other-customer-en',
    re: /\b(another|other|different|someone else'?s?|all|every)\s+(customers?|users?|clients?|persons?|people|borrowers?|members?)(?:'s|'|’s|’)?\b[^.?!\n]{0,40}(?<!\b(?:my|our)\s)\b(loans?|accounts?|balances?|data|details|info|information|records?|transactions?|income|debts?|spending|cards?|names?)\b/i,
  },
  {
    kind: 'OTHER_CUSTOMER',
    rule: 'customer-number-en',
    re: /\b(customer|client|user|account)\s*(no\.?|number|num|#|id)?\s*[:#]?\s*[A-Z]{0,4}-?\d{3,}\b/i,
  },
  {
    kind: 'OTHER_CUSTOMER',
    rule: 'other-customer-ko',
    re: /(다른|타|남의|모든|전체)\s*(고객|사용자|회원|사람|이용자)[^.?!\n]{0,20}(대출|계좌|잔액|잔고|정보|내역|거래|소득|연체|카드|데이터|이름|명단|목록)/,
  },
  {
    kind: 'OTHER_CUSTOMER',
    rule: 'customer-number-ko',
    re: /(고객|회원|사용자)\s*(번호)?\s*[:#]?\s*[A-Z]{0,4}-?\d{3,}/i,
  },
  {
    kind: 'OTHER_CUSTOMER',
    rule: 'uuid',
    re: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i,
  },
];

/** Korean family names: a 2–4 syllable word starting with one, followed by 님/씨/의 and a finance noun. */
const SURNAMES =
  '김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모';
const KO_NAMED_FINANCE = new RegExp(
  `([${SURNAMES}][가-힣]{1,3}?)\\s*(님|씨|고객님?)?\\s*(의|이|가)?\\s*(대출|계좌|잔액|잔고|소비|카드|연체|신용|정보|거래|내역|소득|연봉|상환)`,
  'g',
);
/** Words that fit the pattern but are not names ("이번 대출", "신용카드"). */
const NOT_NAMES = new Set([
  '이번',
  '이전',
  '이자',
  '이체',
  '이용',
  '이거',
  '이것',
  '이런',
  '이달',
  '이미',
  '정말',
  '정보',
  '정도',
  '최근',
  '최대',
  '최소',
  '장기',
  '단기',
  '전체',
  '전세',
  '주택',
  '신용',
  '신규',
  '한도',
  '현재',
  '기존',
  '기타',
  '마이너스',
  '고정',
  '변동',
  '추가',
  '상환',
  '연체',
  '원금',
  '원리금',
  '우리',
  '지금',
  '지난',
  '오늘',
  '올해',
  '내년',
  '작년',
  '월급',
  '금리',
  '금액',
  '조회',
  '소득',
  '소비',
  '강제',
  '문의',
  '방법',
  '성실',
  '안전',
  '안정',
  '평균',
  '하나',
  '국민',
  '신한',
  '농협',
  '기업',
  '제일',
  '카드',
  '연간',
  '월간',
  '분기',
  '총',
  '나의',
  '저의',
  '제',
  '내',
  '남은',
  '남편',
  '아내',
  '부모',
  '엄마',
  '아빠',
  '가족',
  '주담',
  '학자',
  '사업',
  '자동',
  '차량',
  '보험',
  '예금',
  '적금',
  '여유',
  '부채',
  '모든',
  '위험',
  '표준',
  '명세',
  '유지',
]);
const EN_NAMED_FINANCE =
  /\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:'s|’s)\s+(loans?|accounts?|balances?|debts?|spending|cards?|data|details|income|records?|transactions?)\b/g;
const EN_NOT_NAMES = new Set([
  'My',
  'Your',
  'Our',
  'His',
  'Her',
  'Their',
  'This',
  'That',
  'Today',
  'Bank',
  'Month',
  'Year',
]);

/** Runs of base64 long enough to hide a sentence (16+ chars). */
const BASE64_RUN = /[A-Za-z0-9+/_-]{16,}={0,2}/g;

/** Decodes a base64 (or base64url) run to text; null when it is not mostly printable UTF-8. */
export function decodeBase64Run(run: string): string | null {
  const clean = run.replace(/-/g, '+').replace(/_/g, '/');
  if (clean.length % 4 === 1) return null;
  // A plain word (only letters) is not base64 worth decoding; real payloads mix cases/digits.
  if (/^[a-z]+$/.test(clean) || /^[A-Z]+$/.test(clean) || /^\d+$/.test(clean)) return null;
  let text: string;
  try {
    text = Buffer.from(clean, 'base64').toString('utf8');
  } catch {
    return null;
  }
  if (text.length < 4) return null;
  const printable = text.match(/[\p{L}\p{N}\p{P}\p{Zs}\n]/gu)?.length ?? 0;
  if (text.includes('\ufffd') || printable / text.length < 0.9) return null;
  return text;
}

/** Every decodable base64 run of a text, decoded. */
export function decodedBase64Runs(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(BASE64_RUN)) {
    const decoded = decodeBase64Run(m[0]);
    if (decoded) out.push(decoded);
  }
  return out;
}

function namesOther(text: string, own: OwnIdentity): string | null {
  const ownName = own.name?.replace(/\s+/g, '') ?? '';
  for (const m of text.matchAll(KO_NAMED_FINANCE)) {
    const word = m[1];
    if (NOT_NAMES.has(word) || NOT_NAMES.has(word.slice(0, 2))) continue;
    if (ownName && (ownName === word || ownName.startsWith(word) || word.startsWith(ownName))) continue;
    // Only a name marked as a person (님/씨/고객님) counts: "고금리의 대출" is not one. Bare names of stored
    // customers are caught by the pipeline's database check.
    if (!m[2]) continue;
    return 'named-customer-ko';
  }
  for (const m of text.matchAll(EN_NAMED_FINANCE)) {
    const first = m[1].split(/\s+/)[0];
    if (EN_NOT_NAMES.has(first)) continue;
    if (own.name && own.name.toLowerCase().includes(m[1].toLowerCase())) continue;
    return 'named-customer-en';
  }
  return null;
}

function classifyPlain(text: string, own: OwnIdentity): { kind: InjectionKind; rule: string } | null {
  for (const { kind, rule, re } of RULES) {
    const m = re.exec(text);
    if (!m) continue;
    // The customer's own number or id is fine ("내 고객번호 C-000001의 대출").
    if (kind === 'OTHER_CUSTOMER' && (rule.startsWith('customer-number') || rule === 'uuid')) {
      const hit = m[0];
      if (own.customerNumber && hit.includes(own.customerNumber)) continue;
      if (own.customerId && hit.toLowerCase().includes(own.customerId.toLowerCase())) continue;
      if (rule === 'uuid' && own.ownIds?.some((id) => id.toLowerCase() === hit.toLowerCase())) continue;
    }
    return { kind, rule };
  }
  const named = namesOther(text, own);
  return named ? { kind: 'OTHER_CUSTOMER', rule: named } : null;
}

/**
 * The first injection finding in a user message (the text itself, then every decoded base64 run, one level of
 * nesting deep), or null. A decoded run that reads as instructions of any kind is ENCODED… only when nothing more
 * specific matched; a decoded finding keeps its kind with `encoded: true`.
 */
export function detectInjection(text: string, own: OwnIdentity = {}): InjectionFinding | null {
  const plain = classifyPlain(text, own);
  if (plain) return { ...plain, encoded: false };
  const layers = decodedBase64Runs(text);
  for (const decoded of layers) {
    const found = classifyPlain(decoded, own);
    if (found) return { ...found, encoded: true };
    for (const inner of decodedBase64Runs(decoded)) {
      const deeper = classifyPlain(inner, own);
      if (deeper) return { ...deeper, encoded: true };
    }
  }
  // Asking the counsellor to decode and follow hidden text is refused even when the payload looks harmless.
  if (layers.length > 0 && /(decode|base64|디코딩|복호화|해독)/i.test(text))
    return { kind: 'ENCODED', rule: 'decode-request', encoded: true };
  return null;
}
