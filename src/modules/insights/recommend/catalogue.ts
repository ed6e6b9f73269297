// A small product catalogue as data (cards, savings, loans) in the shape a Korean card company / bank
// app offers. Product names are the house's own (no real issuer's brand); benefits and rates are typical
// of 2025 Korean retail products. Amounts are whole won as strings; rates are annual fractions as strings.

export type ProductKind = 'CARD' | 'SAVINGS' | 'LOAN';

export interface Product {
  id: string;
  kind: ProductKind;
  name: { ko: string; en: string };
  /** One-line benefit, shown with the recommendation. */
  benefit: { ko: string; en: string };
  minAge?: number;
  maxAge?: number;
  annualFee?: string;
  /** Savings: base annual rate; loans: the lowest annual rate offered. */
  rate?: string;
}

export const PRODUCT_CATALOGUE: readonly Product[] = [
  {
    id: 'CARD_ONLINE_CASHBACK',
    kind: 'CARD',
    name: { ko: '온라인 캐시백 카드', en: 'Online Cashback Card' },
    benefit: {
      ko: '온라인쇼핑·간편결제 5% 캐시백 (월 최대 2만원)',
      en: '5% cashback online (up to ₩20,000 a month)',
    },
    annualFee: '15000',
  },
  {
    id: 'CARD_TRAVEL',
    kind: 'CARD',
    name: { ko: '트래블 마일리지 카드', en: 'Travel Mileage Card' },
    benefit: { ko: '해외결제 수수료 면제, 1,000원당 1.5마일', en: 'No overseas fees, 1.5 miles per ₩1,000' },
    annualFee: '49000',
  },
  {
    id: 'CARD_FAMILY',
    kind: 'CARD',
    name: { ko: '패밀리 생활 카드', en: 'Family Living Card' },
    benefit: {
      ko: '육아·학원·마트 10% 할인 (월 최대 3만원)',
      en: '10% off childcare, academies, groceries (≤ ₩30,000/month)',
    },
    annualFee: '20000',
  },
  {
    id: 'CARD_COMMUTE',
    kind: 'CARD',
    name: { ko: '주유·교통 할인 카드', en: 'Fuel & Transit Card' },
    benefit: {
      ko: '주유 리터당 100원, 대중교통 10% 할인',
      en: '₩100/litre off fuel, 10% off public transport',
    },
    annualFee: '12000',
  },
  {
    id: 'CARD_DINING',
    kind: 'CARD',
    name: { ko: '외식·배달 적립 카드', en: 'Dining & Delivery Card' },
    benefit: { ko: '외식·배달앱 7% 적립', en: '7% points on dining and delivery apps' },
    annualFee: '10000',
  },
  {
    id: 'CARD_SENIOR_CARE',
    kind: 'CARD',
    name: { ko: '시니어 헬스케어 카드', en: 'Senior Care Card' },
    benefit: {
      ko: '병원·약국 10% 할인, 연회비 면제',
      en: '10% off hospitals and pharmacies, no annual fee',
    },
    minAge: 55,
    annualFee: '0',
  },
  {
    id: 'SAVINGS_YOUTH',
    kind: 'SAVINGS',
    name: { ko: '청년 희망 적금', en: 'Youth Hope Savings' },
    benefit: { ko: '만 19–34세, 월 최대 70만원, 연 4.5%', en: 'Ages 19–34, up to ₩700,000 a month at 4.5%' },
    minAge: 19,
    maxAge: 34,
    rate: '0.045',
  },
  {
    id: 'SAVINGS_FREE',
    kind: 'SAVINGS',
    name: { ko: '자유 적립 적금', en: 'Flexible Savings' },
    benefit: { ko: '원하는 날 자유 납입, 연 3.2%', en: 'Pay in any time, 3.2%' },
    rate: '0.032',
  },
  {
    id: 'DEPOSIT_12M',
    kind: 'SAVINGS',
    name: { ko: '정기예금 12개월', en: '12-month Term Deposit' },
    benefit: { ko: '12개월 연 3.3%, 예금자보호', en: '3.3% for 12 months, deposit-insured' },
    rate: '0.033',
  },
  {
    id: 'PENSION_SAVINGS',
    kind: 'SAVINGS',
    name: { ko: '연금저축 계좌', en: 'Pension Savings Account' },
    benefit: {
      ko: '연 600만원까지 세액공제 13.2–16.5%',
      en: 'Tax credit 13.2–16.5% on up to ₩6,000,000 a year',
    },
    minAge: 35,
  },
  {
    id: 'LOAN_REFINANCE',
    kind: 'LOAN',
    name: { ko: '저금리 대환대출', en: 'Refinancing Loan' },
    benefit: {
      ko: '고금리 대출을 연 4.9%부터의 금리로 갈아타기',
      en: 'Move high-rate debt to a rate from 4.9%',
    },
    rate: '0.049',
  },
  {
    id: 'LOAN_CREDIT',
    kind: 'LOAN',
    name: { ko: '직장인 신용대출', en: 'Salaried Credit Loan' },
    benefit: { ko: '연 5.2%부터, 최대 연소득 100%', en: 'From 5.2%, up to 100% of annual income' },
    minAge: 19,
    rate: '0.052',
  },
  {
    id: 'LOAN_NEWLYWED_JEONSE',
    kind: 'LOAN',
    name: { ko: '신혼부부 전세자금대출', en: 'Newly-wed Jeonse Loan' },
    benefit: { ko: '신혼부부 전세보증금 연 2.9%부터', en: 'Jeonse deposit loan for newly-weds from 2.9%' },
    minAge: 19,
    maxAge: 39,
    rate: '0.029',
  },
];
