import type { Counsellor, PreparedTurn } from '../../src/modules/chat';

// A minimal, deterministic Counsellor for the chat ENGINE tests (persistence, streams, limits, LLM failure
// handling): the real pipeline is src/modules/chat/counsel. Replies are built from the question so a test can
// compute the exact expected text; `calls` records what the engine asked.

export const TEST_TOOL = {
  name: 'get_loans',
  description: 'The session customer’s loans.',
  parameters: { type: 'object', properties: {} },
};

export function testReply(text: string): string {
  const korean = /[가-힣]/u.test(text);
  return korean
    ? `질문하신 "${text}"에 대해 안내드릴게요. 현재 대출 두 건의 월 상환액은 합계 1,250,000원입니다. 상환 계획을 함께 세워 보세요.`
    : `About "${text}": your two loans cost 1,250,000 KRW a month in total. Let us plan the repayments together.`;
}

export interface TestCounsellor extends Counsellor {
  prepared: { customerId: string | null; text: string; historyLength: number }[];
  toolCalls: { name: string; customerId: string | null }[];
  /** Appendix that review() adds to LLM answers containing "guarantee". */
  appendix: string;
  dataVersion: string;
}

export function testCounsellor(): TestCounsellor {
  const c: TestCounsellor = {
    prepared: [],
    toolCalls: [],
    appendix: '(금리와 승인은 보장되지 않습니다.)',
    dataVersion: 'v1',
    async prepare(_ctx, input): Promise<PreparedTurn> {
      c.prepared.push({
        customerId: input.customerId,
        text: input.text,
        historyLength: input.history.length,
      });
      const korean = /[가-힣]/u.test(input.text);
      const finance = /대출|상환|loan|repay/iu.test(input.text);
      return {
        language: korean ? 'ko' : 'en',
        topic: {
          topic: finance ? 'FINANCE' : 'GENERAL',
          confidence: 0.9,
          intent: finance ? { label: 'REPAYMENT_TROUBLE', confidence: 0.8 } : null,
          alternatives: [],
          language: korean ? 'ko' : 'en',
          modelVersion: 'test',
        } as unknown as PreparedTurn['topic'],
        emotion: finance
          ? ({
              label: 'ANXIOUS',
              intensity: 0.7,
              scores: {},
              modelVersion: 'test',
            } as unknown as PreparedTurn['emotion'])
          : null,
        scenario: finance
          ? {
              label: 'DEBT_BURDEN',
              probability: 0.72,
              calibrated: false,
              thresholdVersion: 'default',
              keyMetrics: [{ name: 'dsr', value: 0.46, threshold: 0.4, direction: 'ABOVE', triggered: true }],
            }
          : null,
        toolsUsed: finance ? ['get_loans'] : [],
        citations: finance ? [{ source: 'loans', label: '대출 2건' }] : [],
        dataVersion: `${input.customerId}:${c.dataVersion}`,
        llmMessages: [
          { role: 'system', content: 'You are a counsellor.' },
          ...input.history,
          { role: 'user', content: input.text },
        ],
        tools: finance ? [TEST_TOOL] : [],
        offlineReply: testReply(input.text),
        answerKind: finance ? 'COUNSEL' : 'GENERAL',
        auditData: { loans: ['loan-1', 'loan-2'], monthlyPayment: '1250000' },
      };
    },
    async runTool(_ctx, turn, customerId, call) {
      c.toolCalls.push({ name: call.name, customerId });
      if (!turn.tools.some((t) => t.name === call.name))
        return { content: JSON.stringify({ error: 'not allowed' }), allowed: false };
      return { content: JSON.stringify({ loans: 2, monthlyPayment: '1250000' }), allowed: true };
    },
    review(_turn, answer) {
      return /guarantee/iu.test(answer)
        ? { flags: ['PROMISE'], appendix: c.appendix }
        : { flags: [], appendix: null };
    },
  };
  return c;
}
