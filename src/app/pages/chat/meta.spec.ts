import { COUNSEL_INTENTS } from '../../../modules/topics/counsel-intents';
import { EmotionKind, FinanceIntentKind, MessageTopic } from '../../../modules/topics/topics.enums';
import { SCENARIO_LABELS } from '../../../modules/scenarios/engine/scenario-engine';
import { INTENT_WORDS, SCENARIO_WORDS, sourceLines, summaryLine, TONE_WORDS, TOPIC_WORDS } from './meta';

const IDENTIFIER =
  /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\b(FINANCE|GENERAL|ANXIOUS|NEUTRAL|COMBINATION|OVERSPENDING|LOANS)\b/;

describe('/chat: the line under an answer, in words', () => {
  it('has words for every intent (fine-grained and coarse), topic, emotion and scenario the server stores', () => {
    for (const i of [...COUNSEL_INTENTS, ...Object.values(FinanceIntentKind)])
      expect(INTENT_WORDS[i]).toBeDefined();
    for (const t of Object.values(MessageTopic)) expect(TOPIC_WORDS[t]).toBeDefined();
    for (const e of Object.values(EmotionKind)) expect(TONE_WORDS[e]).toBeDefined();
    for (const s of SCENARIO_LABELS) expect(SCENARIO_WORDS[s]).toBeDefined();
  });

  it('replaces "FINANCE · LOAN_LIMIT · ANXIOUS · OVERSPENDING 70%" with a human line and sources in words', () => {
    const m = {
      topic: { topic: 'FINANCE', intent: 'LOAN_LIMIT' },
      emotion: { label: 'ANXIOUS', intensity: 0.8 },
      scenario: { label: 'OVERSPENDING', probability: 0.7 },
      citations: [
        { source: 'scenario:v3-2026-11-01', label: 'OVERSPENDING' },
        { source: 'loans', label: '2 loans as of 2026-11-21' },
        { source: 'simulation:loan-limit', label: 'DSR simulation 2026-11-21' },
        { source: 'spending:2026Q3', label: 'card spending 2026Q3' },
        { source: 'forecast:customer.SPENDING@2026-10-01:COMBINATION', label: '월 카드 소비' },
        { source: 'something-new:1', label: 'NEW_SOURCE_CODE' },
      ],
    };
    expect(summaryLine(m, 'ko')).toBe('대출 한도 · 불안해 보이셔서 차근차근 설명드렸어요');
    expect(summaryLine(m, 'en')).toBe('Loan limit · You sounded worried, so I went step by step');
    expect(sourceLines(m, 'ko')).toEqual([
      '재무 상황 분석: 과소비 가능성 70%',
      '보유 대출 현황',
      '대출 한도 시뮬레이션',
      '카드 소비 (2026년 3분기)',
      '전망: 월 카드 소비',
      '고객님의 데이터',
    ]);
    for (const lang of ['ko', 'en'] as const)
      for (const line of [summaryLine(m, lang), ...sourceLines(m, lang)])
        expect(line).not.toMatch(IDENTIFIER);
    // General chat: just the topic; a neutral finance answer says it came from the customer's data.
    expect(summaryLine({ topic: { topic: 'GENERAL' }, emotion: null, citations: [] }, 'ko')).toBe(
      '일상 대화',
    );
    expect(
      summaryLine(
        {
          topic: { topic: 'FINANCE', intent: 'NEXT_PAYMENT' },
          emotion: { label: 'NEUTRAL', intensity: 0 },
          citations: m.citations,
        },
        'en',
      ),
    ).toBe('Next payment · Answered from your data');
  });
});
