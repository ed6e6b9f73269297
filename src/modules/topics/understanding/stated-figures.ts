import Decimal from 'decimal.js';
import type { MessageUnderstanding } from '../counsel-intents';
import { extractAmount, extractPayday, extractStatedIncome, withoutIncome } from './slots';

/**
 * QA round 24 (fu24). Figures the customer stated earlier in the conversation, remembered for a later question that
 * needs them and does not say them again:
 * - "드디어 연봉 올랐어요!! 3천으로" → "그럼 dsr은 얼마로 바뀌어요?": the DSR on 30,000,000원 a year (was today's);
 * - "부업 잘려서 한달에 50만원 수입이 줄었어요" → … → "그럼 한달에 얼마 아껴야 돼?": the budget on the income less
 *   500,000원 a month (was the income on file).
 * The user turns are read latest first (the current message, then the earlier ones), only the few the follow-ups read.
 */
const TURNS_READ = 4;

/** "연봉 올랐어요!! 3천으로", "월급이 250만원으로 올랐어요": the income said after its rise, as "연봉 3천". */
const RAISED_TO =
  /(연봉|월급|급여|소득|수입)[^.?!\d]{0,16}?(?:올랐|오름|올라서|인상|바뀌|됐|되었)[^\d]{0,10}(\d[\d,.]*\s?(?:천\s?만\s?원|천만원|천|억|만\s?원|만))\s?(?:으로|로)/;

/** A monthly income cut said: "한달에 50만원 수입이 줄었어요", "월급이 월 30만원 깎였어요", "수입이 50만원 줄었는데 (매달)". */
const INCOME_CUT =
  /(\d[\d,.]*\s?(?:만\s?원|만|천\s?원|원))\s?(?:정도\s?|쯤\s?)?(?:의\s?)?(?:수입|소득|월급|급여|벌이)\S{0,2}\s?(?:이\s?|가\s?)?(?:줄|깎|감소|떨어|없어|사라)|(?:수입|소득|월급|급여|벌이)\S{0,2}\s?(?:이\s?|가\s?)?(?:한\s?달에?\s?|월\s?|매달\s?)?(\d[\d,.]*\s?(?:만\s?원|만|천\s?원|원))\s?(?:정도\s?|쯤\s?|씩\s?)?(?:이\s?)?(?:줄|깎|감소|떨어)/;
const MONTHLY = /한\s?달|매달|매월|월\s?\d|월\s/;

/** The amount said before, pointed back at: "그만큼", "그 돈", "그 금액", "그걸로", "that much", "that amount". */
const THAT_MUCH = /그만큼|그\s?돈|그\s?금액|그걸로|그거로|그거\s?다|\bthat (?:much|amount|money|sum)\b/i;
/** The month's interest asked: "월 이자", "한 달 이자", "매달 이자", "monthly interest", "interest a month". */
const MONTHLY_INTEREST =
  /월\s?이자|한\s?달\s?이자|매달\s?(?:내는\s?)?이자|\bmonthly interest\b|\binterest (?:a|per|each) month\b/i;

function statedIncomeIn(text: string): { annual: string; monthly?: string } | undefined {
  const raised = RAISED_TO.exec(text);
  if (raised) return extractStatedIncome(`${raised[1]} ${raised[2]}`);
  return extractStatedIncome(text);
}

/** The income cut a month said in one message, in whole won. */
export function incomeCutIn(text: string): string | undefined {
  const m = INCOME_CUT.exec(text);
  if (!m || !MONTHLY.test(text)) return undefined;
  const amount = extractAmount(m[1] ?? m[2]);
  return amount && new Decimal(amount).gte(10_000) ? amount : undefined;
}

/** The understanding with the income or income cut the conversation stated, where its question needs one. */
export function withStatedFigures(
  u: MessageUnderstanding,
  text: string,
  earlierUserTexts: readonly string[],
): MessageUnderstanding {
  const said = [text, ...earlierUserTexts.slice(-TURNS_READ).reverse()];
  const s = u.slots;
  // The DSR asked with no income of its own: the latest income stated, as what it would be.
  if (
    u.intent === 'PRODUCT_QUESTION' &&
    (s.productTopic === 'DSR' || s.productTopic === 'LENDING_RATIOS') &&
    !s.statedIncome &&
    !s.incomeChange
  ) {
    for (const t of said) {
      const income = statedIncomeIn(t);
      if (income) return { ...u, slots: { ...s, statedIncome: { ...income, whatIf: true } } };
    }
  }
  // QA round 26 (ko3). A month's budget on the income stated before ("세후 150이에요" → "한 달 예산 어떻게 짜요?").
  if (u.intent === 'SAVINGS' && s.budget && !s.statedIncome && !s.incomeCutMonthly) {
    for (const t of said) {
      if (incomeCutIn(t)) break;
      const income = extractStatedIncome(t);
      if (income && !income.cut) return { ...u, slots: { ...s, statedIncome: income } };
    }
  }
  // A month's budget or what to save: on the income less the cut stated.
  if (u.intent === 'SAVINGS' && s.budget && !s.statedIncome && !s.incomeCutMonthly) {
    for (const t of said) {
      const cut = incomeCutIn(t);
      if (cut) return { ...u, slots: { ...s, incomeCutMonthly: cut } };
    }
  }
  // QA round 26 (ko3). A prepayment of "그만큼" / "그 돈" with no amount of its own: the latest amount said before
  // ("1000만원 있는데" → "그만큼 갚으면 월 이자 얼마나 줄어요?"); its month's interest asked leads the answer.
  if (u.intent === 'PREPAYMENT_EFFECT') {
    let out = u;
    if (!s.amount && !s.share && THAT_MUCH.test(text))
      for (const t of said.slice(1)) {
        const amount = extractAmount(withoutIncome(t));
        if (amount && new Decimal(amount).gte(10_000)) {
          out = { ...out, slots: { ...out.slots, amount } };
          break;
        }
      }
    if (!out.slots.prepayLead && MONTHLY_INTEREST.test(text) && !out.slots.prepayAfter)
      out = { ...out, slots: { ...out.slots, prepayLead: 'MONTHLY_INTEREST' } };
    if (out !== u) return out;
  }
  // Money held asked against what falls due: up to the payday stated (the 30 days ahead when none was).
  if (u.intent === 'NEXT_PAYMENT' && s.moneyOnHand && !s.dueBy) {
    const day = said.map(extractPayday).find((d) => d !== undefined);
    return {
      ...u,
      slots: {
        ...s,
        dueBy: day !== undefined ? { kind: 'DAY_OF_MONTH', day } : { kind: 'DAYS_AHEAD', days: 30 },
      },
    };
  }
  return u;
}
