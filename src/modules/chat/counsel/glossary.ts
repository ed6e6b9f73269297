// The terms a customer asks the counsellor to explain ("DSR이 뭐예요?", "what is a grace period?"): a short,
// correct definition in each language, followed in the answer by the customer's own figure where there is one
// (answers.ts). Regulatory numbers name their source here and in docs/counselling.md ("Product questions").
import type { ProductTopicSlot } from '../../topics';

export type GlossaryTopic = Exclude<ProductTopicSlot, 'PREPAYMENT_FEE'>;

interface Entry {
  ko: string;
  en: string;
}

const DSR: Entry = {
  // 차주 단위 DSR 3단계 (2022-07-01): borrowers with more than ₩100M of loans, banks 40 %, non-banks 50 %.
  ko: 'DSR(총부채원리금상환비율)은 모든 대출의 1년 원리금 상환액을 연소득으로 나눈 비율입니다. 대출 합계가 1억원을 넘으면 은행은 40%, 제2금융권은 50% 이내에서만 빌려주며, 스트레스 DSR은 앞으로의 금리 상승분을 더한 금리로 이 비율을 계산합니다.',
  en: 'DSR (debt-service ratio) is a year of principal and interest on all your loans divided by your annual income. Once your loans total more than ₩100 million, banks lend only while it stays within 40% (non-banks 50%); the stress DSR computes it at a rate with a future rise added.',
};
const LTV: Entry = {
  ko: 'LTV(주택담보인정비율)는 집값 대비 주택담보대출 금액의 비율입니다. 상한은 규제지역 여부, 보유 주택 수, 생애최초 구입 여부에 따라 다르고, 실제 한도는 LTV와 DSR 중 더 낮은 쪽으로 정해집니다.',
  en: 'LTV (loan-to-value) is the mortgage as a share of the home’s value. Its cap depends on whether the area is regulated, how many homes you own and whether it is your first purchase; the actual limit is the lower of what LTV and DSR allow.',
};
const DTI: Entry = {
  ko: 'DTI(총부채상환비율)는 주택담보대출의 1년 원리금과 다른 대출의 1년 이자를 연소득으로 나눈 비율로, 모든 대출의 원리금을 보는 DSR보다 좁은 기준입니다.',
  en: 'DTI (debt-to-income) is a year of mortgage principal and interest plus the interest on other loans, divided by annual income — narrower than the DSR, which counts principal and interest on every loan.',
};

// 소득세법 제52조 (특별소득공제), as amended for income from 2024: 주택임차차입금 원리금상환액 40% (④), with the
// 주택청약종합저축 deduction together at most ₩4M a year (⑧; ₩3M before 2023); 장기주택저당차입금 이자상환액 (⑤) for a
// homeless or one-home householder, 기준시가 ≤ ₩600M at acquisition (₩500M before 2024), term ≥ 15 years, capped
// ₩6M–₩20M by term and whether the rate is fixed and the loan amortising from the start. Other loans: none.
const TAX_DEDUCTION: Entry = {
  ko: '대출 이자가 연말정산에서 공제되는지는 대출 종류에 따라 다릅니다. 전세자금대출(주택임차차입금)은 무주택 세대주가 국민주택규모 이하 주택을 빌리며 금융회사에서 받은 경우 원리금 상환액의 40%를 소득공제 받고(주택청약종합저축 공제와 합쳐 연 400만원 한도), 주택담보대출(장기주택저당차입금)은 무주택이거나 1주택인 세대주가 취득 당시 기준시가 6억원 이하 주택을 사며 상환기간 15년 이상으로 받은 경우 이자 상환액을 조건에 따라 연 600만~2,000만원까지 공제받습니다. 신용대출·자동차대출·카드론 이자는 공제 대상이 아닙니다(소득세법 제52조).',
  en: 'Whether loan interest lowers your income tax (the year-end settlement) depends on the loan. A jeonse loan (a housing-lease loan) taken from a financial institution by a householder who owns no home, for a home of national-housing size, gives an income deduction of 40% of the principal and interest repaid (₩4 million a year together with the housing-subscription savings deduction); a mortgage (a long-term housing mortgage) of a householder with no or one home, on a home with a standard price of ₩600 million or less at purchase and a term of 15 years or more, lets you deduct the interest repaid, ₩6–20 million a year depending on the terms. Interest on credit loans, car loans and card loans is not deductible (Income Tax Act, Article 52).',
};

// 예금자보호법 착오송금 반환지원 (2021-07-06; amounts ₩50,000–₩50M for transfers from 2024-01-01): after the sending
// bank's return request (반환청구) fails, the KDIC asks the recipient and, if need be, goes to court; within a year.
const MISTAKEN_TRANSFER: Entry = {
  ko: '다른 계좌로 잘못 보냈다면 지금 바로 보낸 은행의 앱이나 고객센터에 착오송금 반환을 요청하세요: 은행이 받은 사람에게 연락해 돌려받는 절차를 밟습니다. 받은 사람이 돌려주지 않으면 송금 후 1년 안에 예금보험공사의 착오송금 반환지원(5만원~5천만원, ☎ 1588-0037, kdic.or.kr)을 신청할 수 있고, 받은 사람이 돌려주지 않고 쓰면 횡령죄가 될 수 있습니다.',
  en: 'If you sent money to the wrong account, ask your bank now, in its app or by phone, to request the return of a mistaken transfer: the bank contacts the recipient to get it back. If they do not return it, you can apply within a year of the transfer to the Korea Deposit Insurance Corporation’s mistaken-transfer return service (₩50,000 to ₩50 million; call 1588-0037 or kdic.or.kr); a recipient who keeps and spends it may be committing embezzlement.',
};

// 민법 제1019조 (3 months from knowing the succession began: acceptance, limited acceptance 한정승인 or renunciation
// 상속포기 at the family court; ③ 특별한정승인 when the excess of debts was not known), 제1026조 (disposing of the
// estate counts as plain acceptance), 제1000조 (a renunciation passes the succession to the next heirs). The
// government's 안심상속 원스톱 서비스 (정부24, 주민센터) finds the deceased's financial accounts and debts in one
// request; 대한법률구조공단 ☎ 132 gives free legal advice.
const INHERITED_DEBT: Entry = {
  ko: '가족의 빚은 보증을 서거나 함께 빌린 게 아니라면 대신 갚을 법적 의무가 없습니다. 돌아가신 분의 빚은 재산과 함께 상속되므로, 빚이 재산보다 많다면 상속이 시작된 것을 안 날부터 3개월 안에 가정법원에 상속포기나 한정승인(물려받은 재산 한도에서만 빚을 갚는 것)을 신고하세요(민법 제1019조). 빚이 얼마인지는 정부24나 주민센터의 안심상속 원스톱 서비스로 금융회사 채무까지 한 번에 조회할 수 있고, 그전에 돌아가신 분의 재산을 처분하거나 쓰면 상속을 그대로 받아들인 것으로 볼 수 있습니다. 상속포기를 하면 빚이 다음 순위 상속인(손자녀 등)에게 넘어갈 수 있으니 가족이 함께 정하시고, 대한법률구조공단(☎ 132)에서 무료로 상담받을 수 있습니다.',
  en: 'You do not have to pay a family member’s debts unless you guaranteed them or borrowed together. A person’s debts pass to the heirs with what they leave, so if the debts are larger, file a renunciation of the inheritance or a limited acceptance (paying the debts only up to what you inherit) at the family court within three months of learning that the inheritance began (Civil Act, Article 1019). The government’s one-stop inheritance service (안심상속 원스톱 서비스, at Gov24 or a community centre) finds the deceased’s accounts and debts in one request; selling or using what they left before deciding can count as accepting the inheritance as it is. A renunciation can pass the debts to the next heirs (such as grandchildren), so decide it as a family; the Korea Legal Aid Corporation (call 132) advises for free.',
};

// 민법 제428조의2 and 보증인 보호를 위한 특별법 제3조: a guarantee binds only in writing, signed, with its maximum
// amount stated. Third-party joint guarantees on individuals' loans were abolished by banks in 2008 and by the
// other financial companies in 2013 (금융위원회).
const GUARANTEE: Entry = {
  ko: '보증을 서면 빌린 사람이 갚지 못할 때 그 빚을 보증한 금액까지 대신 갚아야 할 법적 책임이 생기고, 대신 갚지 못하면 보증인에게도 연체가 기록될 수 있습니다. 보증 사실은 신용정보로 관리되어 보증인 본인의 대출 심사에도 불리하게 반영될 수 있습니다. 보증은 서면에 보증할 최고액을 적고 서명해야 효력이 있으니(민법 제428조의2), 서야 한다면 잃어도 생활이 흔들리지 않는 금액까지만, 최고액과 기간을 정해 서명하세요. 금융회사의 개인 대출에는 제3자 연대보증이 폐지되어(은행 2008년, 제2금융권 2013년) 금융회사가 요구한다면 이유를 확인하세요.',
  en: 'If you guarantee a loan and the borrower does not pay, you are legally liable to pay it, up to the amount guaranteed, and a default can be recorded against you too. A guarantee is kept in the credit records and can weigh on your own loan applications. It binds only in writing, signed, with the maximum amount stated (Civil Act, Article 428-2): if you do sign, guarantee no more than you could lose without your life being shaken, with the maximum and the period written down. Financial companies no longer take third-party joint guarantees on individuals’ loans (banks since 2008, other lenders since 2013), so ask why if one asks you.',
};

// 주택청약종합저축: the standing of an account (가입기간, 납입 인정 회차 — the 1순위 conditions and the 가점's
// 청약통장 가입기간 points) ends with it; a new account starts from zero. 조세특례제한법 제87조: the income deduction
// taken on its deposits is clawed back on a closing within five years of opening (except for the law's reasons).
// The banks lend against the balance (청약통장 담보대출, within the deposits) and deposits can pause without closing.
const HOUSING_SUBSCRIPTION: Entry = {
  ko: '청약통장(주택청약종합저축)을 해지하면 그동안 쌓은 가입기간과 납입 회차가 사라져, 다시 가입해도 1순위 자격과 청약 가점의 가입기간 점수를 처음부터 쌓아야 합니다. 납입액을 소득공제 받았다면 가입 후 5년 안에 해지할 때 공제받은 세금을 추징당할 수 있습니다. 돈이 급하다면 해지 대신 납입을 잠시 멈추거나(통장은 유지됩니다), 은행의 청약통장 담보대출(납입액 안에서)을 먼저 알아보세요. 집을 청약으로 살 계획이 없다면 해지해도 잃는 것은 예치 이자 차이 정도입니다.',
  en: 'Closing a housing-subscription account (주택청약종합저축) ends the membership period and the number of deposits it has built up: a new account starts again from zero, for the first-priority conditions and for the membership points of the subscription score. If you took the income deduction on its deposits, closing it within five years of opening can claw that tax back. If you need the money, pause the deposits (the account stays open) or ask the bank for a loan secured on the account (within what you have paid in) before closing it. If you do not plan to buy a home through the subscription system, closing it costs little more than the interest difference.',
};

// 여신금융협회 카드 해외이용 수수료 공시: the international brand's fee (Visa 1.1 %, Mastercard 1 %, UnionPay 0.8 %, as
// disclosed) plus the issuer's overseas service fee (about 0.18–0.35 %); a price shown in won (DCC, 해외원화결제) adds
// about 3–8 %, which the card companies' 해외원화결제 차단 service blocks.
const OVERSEAS_CARD_FEES: Entry = {
  ko: '해외에서 카드로 결제하면 결제액에 국제 브랜드 수수료(비자 1.1%, 마스터카드 1% 등)와 카드사의 해외 이용 수수료(0.2~0.35% 안팎)가 더해지고, 청구 금액은 카드사가 정한 날의 환율로 원화로 바뀝니다. 현지 통화가 아니라 원화로 결제하면(해외원화결제, DCC) 3~8%가 더 붙을 수 있으니 현지 통화로 결제하고, 카드사 앱의 해외원화결제 차단 서비스를 켜 두세요. 카드별 정확한 요율은 카드사 앱이나 상품설명서에 나옵니다.',
  en: 'A card payment abroad carries the international brand’s fee (Visa 1.1%, Mastercard 1%, for example) plus the card company’s overseas fee (about 0.2–0.35%), and is billed in won at the card company’s exchange rate of the day it is processed. Paying in won instead of the local currency (dynamic currency conversion, DCC) can add another 3–8%, so pay in the local currency and turn on the card company’s DCC block in its app. Your card’s exact rates are in the card company’s app or the product terms.',
};

// 서민금융진흥원 (☎ 1397, 서민금융통합지원센터, the 서민금융 앱): 근로자햇살론 and the banks' 새희망홀씨 lend to an annual income
// of ₩35M or less, or ₩45M or less with a personal credit score in the lowest 20 %; 미소금융 lends for a business or
// living costs to low credit; 최저신용자 특례보증 (햇살론15) for the lowest scores. Rates and limits change with the
// programmes; approval is the lender's review.
const POLICY_LOANS: Entry = {
  ko: '서민금융 정책대출은 소득이나 신용점수가 낮아 은행 대출이 어려운 분을 위해 정부가 보증하거나 지원하는 대출로, 근로자햇살론·새희망홀씨(은행)·미소금융·최저신용자 특례보증 등이 있습니다. 대체로 연소득 3,500만원 이하이거나, 4,500만원 이하이면서 개인신용평점이 하위 20%인 분이 대상이며, 상품마다 금리·한도·조건이 다르고 승인은 심사로 정해집니다. 어떤 상품이 맞는지는 서민금융진흥원(☎ 1397)이나 서민금융통합지원센터, 서민금융 앱에서 한 번에 상담받을 수 있습니다.',
  en: 'Inclusive-finance policy loans are government-backed loans for people whose income or credit score makes a bank loan hard to get: the workers’ Sunshine Loan (햇살론), the banks’ New Hope Seed (새희망홀씨), Miso Finance (미소금융) and the special guarantee for the lowest credit scores, among others. They are generally for an annual income of ₩35 million or less, or ₩45 million or less with a personal credit score in the lowest 20%; rates, limits and conditions differ by product, and approval is the lender’s review. The Korea Inclusive Finance Agency (call 1397), its centres and its app advise on which one fits, in one place.',
};

// 할부 전환 (일시불 → 할부) is each card company's service, applied for in its app or by phone before the statement's
// payment date (the cut-off differs by company); the instalment fee (할부수수료) is charged at the company's disclosed
// rate, roughly 10–20 % a year depending on the company, the term and the member's grade (여신금융협회 공시). 분할납부 of a
// whole bill is not generally offered; 일부결제금액이월약정 (revolving) is, at rates near the legal maximum.
const INSTALMENT_CONVERSION: Entry = {
  ko: '이미 일시불로 결제한 금액은 카드사 앱이나 고객센터에서 할부로 전환할 수 있습니다(할부 전환). 카드사마다 다르지만 보통 결제일 며칠 전까지 신청해야 하고, 전환한 금액에는 할부수수료(카드사·기간·회원 등급에 따라 대략 연 10~20%)가 붙습니다. 청구된 카드값 전체를 나눠 내는 방법으로 리볼빙(일부결제금액이월약정)도 있지만 수수료율이 높고 이월 금액이 쌓이기 쉬우니 신중하게 고르세요. 카드값을 내기 어렵다면 결제일 전에 카드사에 먼저 연락하세요.',
  en: 'A purchase already paid in one sum can usually be converted into instalments in the card company’s app or by phone (instalment conversion). The cut-off differs by card company but is usually a few days before the payment date, and the converted amount carries the instalment fee (roughly 10–20% a year, by company, term and member grade). Revolving (carrying part of the bill over) is another way to spread a whole bill, but its rate is high and the balance carried over tends to grow, so choose it with care. If you cannot pay the bill, call the card company before the payment date.',
};

// 소득세법 제59조의3 (연금계좌세액공제), from 2023: 연금저축 up to ₩6M a year, with IRP (퇴직연금 개인형) up to ₩9M
// together; credit 16.5 % (local tax included) for total pay of ₩55M or less, 13.2 % above. 국민연금's expected pension:
// 국민연금공단 (nps.or.kr, ☎ 1355); every pension of one's own in one place: 금융감독원 통합연금포털 (100lifeplan.fss.or.kr).
const RETIREMENT: Entry = {
  ko: '노후 준비는 보통 국민연금, 퇴직연금, 개인연금(연금저축·IRP)의 세 층으로 합니다. 연금저축과 IRP는 합쳐서 연 900만원(연금저축만은 600만원)까지 납입액의 16.5%(총급여 5,500만원 초과는 13.2%)를 세액공제 받을 수 있고, 55세 이후 연금으로 받을 때 낮은 세율이 적용됩니다(소득세법 제59조의3). 내 국민연금 예상액은 국민연금공단(☎ 1355)에서, 가입한 연금 전체는 금융감독원 통합연금포털(100lifeplan.fss.or.kr)에서 한 번에 볼 수 있습니다. 어떤 상품에 얼마를 넣을지는 금리가 높은 빚을 먼저 줄이고 비상금을 마련한 뒤 정하는 것이 순서입니다.',
  en: 'Retirement saving in Korea usually rests on three layers: the National Pension, a workplace pension, and a personal pension (a pension savings account and an IRP). Contributions to a pension savings account and an IRP earn a tax credit of 16.5% (13.2% above ₩55 million of total pay) on up to ₩9 million a year together (₩6 million for the pension savings account alone), and are taxed at a low rate when drawn as a pension from 55 (Income Tax Act, Article 59-3). Your expected National Pension is at the National Pension Service (call 1355), and every pension you hold is in one place on the FSS’s integrated pension portal (100lifeplan.fss.or.kr). Pay down high-rate debt and set aside an emergency fund before deciding how much to put in.',
};

// 여신전문금융업감독규정 and the card companies' terms: no interest on a statement paid in full by its due date; instalment
// fees, revolving, cash advances and card loans are charged by the card company's own rates (most between 10 % and 20 %
// a year), penalty interest is the agreed rate plus at most 3 percentage points, and every rate is capped by the
// 대부업법/이자제한법 maximum of 20 % a year (since 2021-07-07). A customer's own rates are on the statement and in the app.
const CARD_RATES: Entry = {
  ko: '신용카드는 결제일에 청구된 금액을 모두 내면 이자가 붙지 않습니다. 이자(수수료)가 붙는 것은 할부 수수료, 리볼빙(일부결제금액이월), 현금서비스와 카드론으로, 카드사가 고객의 신용에 따라 정하며 대부분 연 10~20% 사이이고 법정 최고금리인 연 20%를 넘을 수 없습니다. 결제일에 못 내면 약정 금리에 최대 3%p를 더한 연체이자가 붙습니다. 고객님 카드의 정확한 요율은 카드 명세서나 카드사 앱에 나오며 이 앱에는 없습니다.',
  en: 'A credit card charges no interest when the statement is paid in full by its due date. What does carry interest (as fees) is paying in instalments, revolving credit, cash advances and card loans: the card company sets those rates by your credit, most fall between 10% and 20% a year, and none may exceed the legal maximum of 20% a year. A bill paid late is charged penalty interest of the agreed rate plus up to 3 percentage points. Your card’s exact rates are on its statement and in the card company’s app; this app does not hold them.',
};

// 조세특례제한법 제126조의2 (신용카드 등 사용금액 소득공제): credit 15 %, debit and cash receipts 30 % above 25 % of pay.
const CARD_TYPES: Entry = {
  ko: '체크카드는 통장에 있는 돈만큼 바로 빠져나가 빚이 생기지 않고 과소비를 막기 쉬우며, 연말정산 소득공제율이 30%입니다. 신용카드는 다음 달에 한꺼번에 청구되고 할부·혜택을 쓸 수 있지만 공제율은 15%이고, 리볼빙이나 현금서비스로 빚이 생기기 쉽습니다. 공제는 총급여의 25%를 넘게 쓴 금액부터라, 그 전까지는 혜택이 큰 카드로, 넘은 뒤에는 체크카드로 쓰는 것이 흔한 방법입니다. 카드값이 소득에 비해 부담된다면 일상 지출은 체크카드로 옮기는 것이 안전합니다.',
  en: 'A debit card takes the money straight from your account, so it creates no debt and makes overspending harder; it is deducted at 30% in the year-end tax settlement. A credit card bills you the next month and offers instalments and perks, but is deducted at 15% and makes debt easy through revolving or cash advances. The deduction only counts spending above 25% of your total pay, so a common approach is a card with good perks until you pass that, and a debit card after it. If your card bill weighs on your income, moving everyday spending to a debit card is the safer choice.',
};

// 은행연합회 (kfb.or.kr): COFIX is published monthly from eight banks' funding costs — 신규취급액 and 잔액 기준.
const COFIX: Entry = {
  ko: '코픽스(COFIX, 자금조달비용지수)는 은행들이 예금·채권 등으로 돈을 빌려 온 평균 금리로, 은행연합회가 매달 발표합니다. 변동금리 대출의 금리는 보통 코픽스나 금융채 금리 같은 기준금리에 가산금리를 더해 정하고, 정해진 주기(3·6·12개월 등)마다 그때의 기준금리로 다시 정합니다. 그래서 코픽스가 오르면 다음 변경 때 변동금리 대출의 이자도 오릅니다.',
  en: 'COFIX (the cost of funds index) is the average rate Korean banks pay for their funding — deposits, bonds — published monthly by the Korea Federation of Banks. A variable-rate loan is usually priced as a reference rate such as COFIX or a bank-bond rate plus a margin, and reset at each cycle (3, 6 or 12 months) to the reference rate of the day; when COFIX rises, a variable loan’s interest rises at its next reset.',
};

// The card's own terms (QA round 20), after a lead naming the customer's card (answers.ts cardTermLines).
// 신용카드 개인회원 표준약관: the annual fee is billed yearly and refunded by the days left on closing. Instalments are
// the card company's service on purchases of ₩50,000 or more (a check card has none, hybrids aside); 무이자 할부 is
// the card company's and merchant's promotion; the instalment fee (할부수수료) is charged monthly on the principal left,
// at the company's disclosed rate (여신금융협회 공시: roughly 10 % to 19.9 % a year), capped by the legal 20 %.
const CARD_ANNUAL_FEE: Entry = {
  ko: '국내 신용카드 연회비는 일반 카드가 대체로 연 1만~3만원대이고, 해외겸용(비자·마스터 등)은 국내전용보다 조금 더 비싸며, 프리미엄 카드는 10만원을 넘기도 합니다. 연회비는 보통 발급한 달과 그 뒤 매년 같은 무렵 명세서에 청구되고, 카드를 해지하면 남은 기간만큼 일할 계산해 돌려받습니다(신용카드 개인회원 표준약관).',
  en: 'Annual fees on Korean credit cards are mostly ₩10,000–₩30,000 a year for a standard card, a little more for one usable abroad (Visa, Mastercard) than for a domestic-only one, and ₩100,000 or more for premium cards. The fee is usually billed in the month the card was issued and about the same time every year after, and closing the card refunds the unused part by the days left (the standard credit-card terms).',
};
const INTEREST_FREE_INSTALMENTS: Entry = {
  ko: '무이자 할부가 아닌 할부에는 할부수수료(카드사와 기간에 따라 대략 연 10~19.9%)가 붙고, 일부 회차만 수수료를 면제하는 부분 무이자 행사도 있습니다. 할부는 보통 5만원 이상 결제부터 되고, 체크카드는 할부가 되지 않습니다.',
  en: 'Instalments outside a promotion carry the instalment fee (roughly 10–19.9% a year, by card company and term), and some promotions waive it for only part of the months. Instalments usually need a purchase of ₩50,000 or more, and a check card has none.',
};
const INSTALMENT_MONTHS: Entry = {
  ko: '할부는 보통 5만원 이상 결제부터 되고, 체크카드는 할부가 되지 않습니다. 길게 나눌수록 한 달 부담은 줄지만 할부수수료(대략 연 10~19.9%)가 남은 원금에 매달 붙어 전체 수수료가 커지니, 무이자 행사가 아니라면 짧게 나누는 편이 쌉니다. 이미 일시불로 결제한 금액도 카드사 앱에서 할부로 전환할 수 있습니다.',
  en: 'Instalments usually need a purchase of ₩50,000 or more, and a check card has none. A longer split lowers each month’s payment, but the instalment fee (roughly 10–19.9% a year) is charged monthly on the principal left, so the total fee grows: unless the months are interest-free, a shorter split costs less. A purchase already paid in one sum can also be converted into instalments in the card company’s app.',
};
const INSTALMENT_FEE: Entry = {
  ko: '할부수수료는 남은 할부 원금에 매달 붙으므로 기간이 길수록 전체 수수료가 커집니다. 이미 일시불로 결제한 금액을 할부로 바꾸는 할부 전환에도 같은 방식의 수수료가 붙고, 보통 결제일 며칠 전까지 카드사 앱이나 고객센터에서 신청합니다. 무이자 할부 행사 대상이면 수수료가 붙지 않습니다.',
  en: 'The instalment fee is charged monthly on the principal still owed, so a longer term costs more in all. Converting a purchase already paid in one sum into instalments carries the same kind of fee, and is usually applied for in the card company’s app or by phone a few days before the payment date. A purchase under an interest-free promotion carries no fee.',
};

export const GLOSSARY: Record<GlossaryTopic, Entry[]> = {
  CARD_ANNUAL_FEE: [CARD_ANNUAL_FEE],
  INTEREST_FREE_INSTALMENTS: [INTEREST_FREE_INSTALMENTS],
  INSTALMENT_MONTHS: [INSTALMENT_MONTHS],
  INSTALMENT_FEE: [INSTALMENT_FEE],
  CARD_TYPES: [CARD_TYPES],
  COFIX: [COFIX],
  CARD_RATES: [CARD_RATES],
  RETIREMENT: [RETIREMENT],
  INSTALMENT_CONVERSION: [INSTALMENT_CONVERSION],
  HOUSING_SUBSCRIPTION: [HOUSING_SUBSCRIPTION],
  OVERSEAS_CARD_FEES: [OVERSEAS_CARD_FEES],
  POLICY_LOANS: [POLICY_LOANS],
  GUARANTEE: [GUARANTEE],
  INHERITED_DEBT: [INHERITED_DEBT],
  MISTAKEN_TRANSFER: [MISTAKEN_TRANSFER],
  TAX_DEDUCTION: [TAX_DEDUCTION],
  DSR: [DSR],
  LTV: [LTV],
  DTI: [DTI],
  LENDING_RATIOS: [DSR, LTV, DTI],
  GRACE_PERIOD: [
    {
      ko: '거치기간은 대출 초기에 이자만 내고 원금은 갚지 않는 기간입니다. 그동안은 월 부담이 작지만, 거치기간이 끝나면 남은 기간에 원금을 나눠 갚아 납입액이 커지고 전체 이자도 늘어납니다.',
      en: 'A grace period is the first stretch of a loan in which you pay interest only. Payments are small meanwhile, but afterwards the principal is repaid over the shorter remaining term, so instalments rise and total interest grows.',
    },
  ],
  REPAYMENT_METHODS: [
    {
      ko: '원리금균등상환은 매달 같은 금액(원금+이자)을 내고, 원금균등상환은 매달 같은 원금에 남은 원금의 이자를 더해 내므로 처음에 많고 점점 줄어들며 전체 이자가 더 적습니다. 만기일시상환은 이자만 내다가 만기에 원금을 한 번에 갚습니다.',
      en: 'Equal instalments keep the monthly payment the same; equal principal repays the same principal each month plus interest on what is left, so payments start higher, fall over time and total less interest; a bullet loan pays interest only and the whole principal at maturity.',
    },
  ],
  RATE_TYPES: [
    {
      ko: '고정금리는 약정한 기간 동안 금리가 바뀌지 않고, 변동금리는 코픽스·금융채 같은 기준금리를 따라 3·6·12개월 등 정해진 주기로 다시 정해집니다. 혼합형은 처음 몇 년 고정 후 변동으로, 주기형은 5년 같은 주기마다 금리를 다시 정합니다.',
      en: 'A fixed rate does not change for the agreed period; a variable rate follows a reference rate (COFIX, bank bonds) and is reset every 3, 6 or 12 months; a mixed rate is fixed for the first years, then variable; a periodic-reset rate is set again every few years (for example every 5).',
    },
  ],
  RATE_CUT_RIGHT: [
    {
      // 은행법 제30조의2 (금리인하 요구), 시행령 제18조의4: an answer within 10 business days.
      ko: '금리인하요구권은 대출을 받은 뒤 취업·승진·소득 증가나 신용점수 상승처럼 신용 상태가 좋아졌을 때 금융회사에 금리를 낮춰 달라고 요구할 수 있는 권리입니다(은행법 제30조의2). 금융회사는 신청을 받은 날부터 10영업일 안에 결과와 이유를 알려야 합니다.',
      en: 'The right to request a lower rate lets you ask your lender to cut your rate once your credit has improved — a new job, a promotion, higher income or a better credit score (Banking Act art. 30-2). The lender must answer, with its reasons, within 10 business days.',
    },
  ],
  REVOLVING: [
    {
      // 이자제한법·대부업법 maximum 20% a year (since 2021-07-07): the ceiling of a revolving fee.
      ko: '리볼빙(일부결제금액이월약정)은 카드값의 일부만 내고 나머지를 다음 달로 넘기는 약정입니다. 넘긴 금액에는 법정 최고금리(연 20%)에 가까운 높은 수수료가 붙고 다음 달 카드값에 더해져, 쓰는 동안 빚이 빠르게 늘 수 있습니다. 카드값이 부담되면 리볼빙보다 카드사의 분할납부나 결제일 조정을 먼저 물어보세요.',
      en: 'Revolving credit lets you pay part of your card bill and carry the rest to next month. The carried amount is charged a high fee close to the legal maximum rate (20% a year) and added to the next bill, so the debt can grow fast. If the bill is hard to pay, ask the card company about instalments or a new payment date before revolving.',
    },
  ],
  CASH_ADVANCE: [
    {
      // 여신전문금융업법: 단기카드대출(현금서비스) and 장기카드대출(카드론) are card companies' loans; the card
      // company states each cardholder's rate (its app, the statement). The credit bureaus weigh card-company loans
      // more heavily than bank loans.
      ko: '현금서비스(단기카드대출)와 카드론(장기카드대출)은 카드사가 카드 한도 안에서 바로 빌려주는 대출로, 은행 대출보다 금리가 높은 편입니다(적용 금리는 카드사 앱이나 명세서에 나옵니다). 쓰는 것만으로도 신용점수에 불리하게 반영될 수 있고, 다음 결제일에 한꺼번에 갚아야 하는 현금서비스는 돌려막기로 이어지기 쉽습니다. 급한 돈이라면 먼저 은행 대출 한도를 확인하고, 갚기 어려운 상황이면 서민금융진흥원(☎ 1397)에 상담하세요.',
      en: 'A cash advance (short-term card loan) and a card loan are loans a card company makes at once within your card limit, usually at a higher rate than a bank loan (the card company’s app or statement shows yours). Using one can count against your credit score, and a cash advance, due in full on the next payment date, easily turns into borrowing to repay borrowing. If you need money urgently, check what a bank would lend first; if repaying is the problem, call the Korea Inclusive Finance Agency (1397).',
    },
  ],
  JEONSE_DEPOSIT_GUARANTEE: [
    {
      // 주택도시보증공사(HUG) 전세보증금반환보증, 한국주택금융공사(HF) 전세지킴보증, SGI서울보증 전세금보장신용보험:
      // the guarantor returns the deposit when the landlord does not at the lease's end, and claims it from the landlord.
      ko: '네, 가입을 권합니다: 전세보증금반환보증은 계약이 끝났는데 집주인이 보증금을 돌려주지 않으면 보증기관이 대신 돌려주고 나중에 집주인에게 받아 내는 보증으로, 주택도시보증공사(HUG)·한국주택금융공사(HF)·SGI서울보증에서 가입할 수 있습니다(은행 앱이나 보증기관 앱). 보통 계약 기간의 절반이 지나기 전까지 가입할 수 있고, 보증료는 보증금과 주택에 따라 다르며, 깡통전세나 전세사기로 보증금을 잃을 위험을 막아 주고 전세대출을 갚을 돈도 지켜 줍니다.',
      en: 'Yes, it is advised: a jeonse deposit-return guarantee (전세보증금반환보증) means the guarantor pays your deposit back if the landlord does not at the end of the lease, and recovers it from the landlord later. HUG (Korea Housing & Urban Guarantee Corporation), HF (Korea Housing Finance Corporation) and SGI Seoul Guarantee offer it (through a bank’s app or theirs); you can usually join until half the lease has passed, the fee depends on the deposit and the home, and it protects you against a landlord who cannot pay (깡통전세, jeonse fraud) — and with it the money that repays your jeonse loan.',
    },
  ],
  CREDIT_COUNSELING: [
    {
      // 서민의 금융생활 지원에 관한 법률 (신용회복위원회): 신속채무조정 (before arrears or ≤ 30 days late), 사전채무조정
      // (31–89 days), 개인워크아웃 (≥ 90 days; principal can be cut); free, reviewed, not a lender.
      ko: '신용회복위원회(☎ 1600-5500)는 빚을 갚기 어려운 사람을 위해 금융회사들과 채무조정(이자 감면, 상환기간 연장, 상환유예)을 무료로 중재하는 공공기관입니다. 연체 전이거나 연체 30일 이하면 신속채무조정, 31~89일이면 사전채무조정, 90일 이상이면 개인워크아웃(원금 일부 감면 가능)을 신청합니다. 대출을 해 주는 곳은 아니고 심사를 거치며, 서민금융진흥원(☎ 1397)에서도 함께 상담받을 수 있습니다.',
      en: 'The Credit Counseling & Recovery Service (신용회복위원회, call 1600-5500) is a public body that negotiates debt adjustment with your lenders for free — a lower rate, a longer term or a pause in repayments — when you can’t keep up. Which programme applies depends on how late you are: the fast-track adjustment (신속채무조정) before any arrears or up to 30 days late, pre-workout (사전채무조정) at 31–89 days, and the individual workout (개인워크아웃) at 90 days or more, which can also cut part of the principal. It is not a lender and every application is reviewed; the Korea Inclusive Finance Agency (call 1397) gives advice on it too.',
    },
  ],
  JEONSE: [
    {
      // 주택임대차보호법: a lease on a lump-sum deposit (전세), returned in full at the lease's end; a jeonse loan
      // (전세자금대출) lends part of that deposit, backed by a guarantee (HUG, HF, SGI), and is repaid when it comes back.
      ko: '전세는 월세 대신 큰 보증금을 집주인에게 맡기고 계약 기간(보통 2년) 동안 사는 임대 방식으로, 계약이 끝나면 보증금을 그대로 돌려받습니다. 전세자금대출은 그 보증금의 일부를 빌려주는 대출로, 보통 보증기관(HUG·HF·SGI) 보증을 끼고 만기까지 이자만 내다가 계약이 끝나 돌려받은 보증금으로 원금을 한 번에 갚습니다(재계약하면 연장할 수 있습니다).',
      en: 'Jeonse (전세) is a Korean lease in which you hand the landlord a large lump-sum deposit instead of monthly rent and live there for the lease (usually two years); the deposit comes back in full when the lease ends. A jeonse loan lends part of that deposit, usually backed by a guarantor (HUG, HF or SGI): you pay interest only until maturity, then repay the principal in one sum from the returned deposit (or extend it if you renew the lease).',
    },
  ],
  DEPOSIT_PROTECTION: [
    {
      // 예금자보호법 시행령 개정, in force 2025-09-01: ₩100M per person per institution (before: ₩50M).
      ko: '예금자보호 제도는 금융회사가 문을 닫으면 예금보험공사가 1인당 금융회사별로 원금과 이자를 합쳐 최고 1억원까지 돌려주는 제도입니다(2025년 9월 1일부터, 그 전에는 5천만원). 대출은 보호 대상이 아니며, 대출을 갚아야 하는 의무도 그대로입니다.',
      en: 'Deposit insurance repays up to ₩100 million per person per institution, principal and interest together, if a bank fails (since 1 September 2025; ₩50 million before). Loans are not covered, and what you owe on them stays owed.',
    },
  ],
};
