import { badInput } from '../../../common/errors';
import { toDecimal } from '../../../common/money';
import { parseDate, parseRate } from './parse';
import { selectRuleSet } from './prepayment-fee';

// The legal maximum interest rate (최고이자율) as DATED RULE DATA (DESIGN §6): a loan contract may not charge
// more a year than the maximum in force on its contract date — penalty interest (연체이자) included.
//
// Sources:
// - 이자제한법 제2조 제1항 and 「이자제한법 제2조제1항의 최고이자율에 관한 규정」 (대통령령): 연 30 % from
//   2007-06-30, 25 % from 2014-07-15, 24 % from 2018-02-08, 20 % from 2021-07-07 (the 2021 amendment applies
//   to contracts made or renewed from that day).
// - 대부업 등의 등록 및 금융이용자 보호에 관한 법률 시행령 제5조 sets the same 20 % for lenders registered
//   under it (banks and other financial companies) from 2021-07-07.

export interface LegalMaxRateRule {
  id: string;
  /** Contracts made on or after this date. */
  effectiveFrom: string;
  /** Annual rate as a fraction ("0.20" = 20 %). */
  maxAnnualRate: string;
  source: string;
}

export const KR_LEGAL_MAX_RATES: readonly LegalMaxRateRule[] = Object.freeze([
  {
    id: 'KR-MAX-RATE-2007-06-30',
    effectiveFrom: '1900-01-01',
    maxAnnualRate: '0.30',
    source: '이자제한법 최고이자율 규정 (2007-06-30): 연 30 %; the earliest rule kept here',
  },
  {
    id: 'KR-MAX-RATE-2014-07-15',
    effectiveFrom: '2014-07-15',
    maxAnnualRate: '0.25',
    source: '이자제한법 제2조제1항의 최고이자율에 관한 규정, 2014-07-15: 연 25 %',
  },
  {
    id: 'KR-MAX-RATE-2018-02-08',
    effectiveFrom: '2018-02-08',
    maxAnnualRate: '0.24',
    source: '이자제한법 제2조제1항의 최고이자율에 관한 규정, 2018-02-08: 연 24 %',
  },
  {
    id: 'KR-MAX-RATE-2021-07-07',
    effectiveFrom: '2021-07-07',
    maxAnnualRate: '0.20',
    source: '이자제한법 제2조제1항의 최고이자율에 관한 규정 and 대부업법 시행령 제5조, 2021-07-07: 연 20 %',
  },
]);

/** The legal maximum rule in force for a contract made on `contractedOn`. */
export function legalMaxRate(
  contractedOn: string,
  rules: readonly LegalMaxRateRule[] = KR_LEGAL_MAX_RATES,
): LegalMaxRateRule {
  parseDate('contractedOn', contractedOn);
  return selectRuleSet(
    rules.map((r) => ({ ...r })),
    contractedOn,
  );
}

/** Throws BAD_USER_INPUT on `field` when the rate exceeds the legal maximum of the contract date. */
export function assertLegalRate(
  field: string,
  annualRate: string,
  contractedOn: string,
  rules: readonly LegalMaxRateRule[] = KR_LEGAL_MAX_RATES,
): void {
  const rate = parseRate(field, annualRate);
  const rule = legalMaxRate(contractedOn, rules);
  if (rate.gt(toDecimal(rule.maxAnnualRate))) {
    const percent = toDecimal(rule.maxAnnualRate).times(100).toString();
    throw badInput(
      field,
      `exceeds the legal maximum of ${percent} % a year for contracts from ${rule.effectiveFrom} (${rule.id})`,
    );
  }
}
