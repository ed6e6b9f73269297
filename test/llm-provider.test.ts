import { LlmDelta, LlmError, OpenAiProvider } from '../src/platform/llm';
import { FakeOpenAi, startFakeOpenAi } from './support/fake-openai';

// The OpenAI-compatible provider against the project's fake server: streaming, tool calls, retries only before
// the first token, timeouts, cuts and cancellation.

async function collect(stream: AsyncIterable<LlmDelta>): Promise<LlmDelta[]> {
  const out: LlmDelta[] = [];
  for await (const delta of stream) out.push(delta);
  return out;
}

const text = (deltas: LlmDelta[]) =>
  deltas
    .filter((d) => d.type === 'text')
    .map((d) => (d as { text: string }).text)
    .join('');

describe('OpenAiProvider against the fake OpenAI-compatible server', () => {
  let fake: FakeOpenAi;
  let provider: OpenAiProvider;
  /** A provider on the fake with short timeouts and two retries, `retryBaseMs` apart. */
  const providerWith = ({ retryBaseMs }: { retryBaseMs: number }) =>
    new OpenAiProvider({
      baseUrl: fake.baseUrl,
      apiKey: 'test-key',
      model: 'fake-model',
      firstTokenTimeoutMs: 400,
      idleTimeoutMs: 400,
      maxRetries: 2,
      retryBaseMs,
    });
  const messages = [
    { role: 'system' as const, content: 'You are a careful counsellor.' },
    { role: 'user' as const, content: '대출 상환이 걱정돼요' },
  ];

  beforeAll(async () => {
    fake = await startFakeOpenAi();
    provider = providerWith({ retryBaseMs: 10 });
  });
  afterAll(() => fake.stop());
  beforeEach(() => {
    fake.requests.length = 0;
  });

  it('streams text token by token in order and sends the messages', async () => {
    fake.enqueue({ kind: 'text', tokens: ['상환', ' 계획을', ' 같이', ' 봐요'], delayMs: 5 });
    const deltas = await collect(provider.stream(messages));
    expect(deltas.filter((d) => d.type === 'text')).toHaveLength(4);
    expect(text(deltas)).toBe('상환 계획을 같이 봐요');
    expect(deltas.at(-1)).toEqual({ type: 'done', finishReason: 'stop' });
    expect(fake.requests[0].body).toMatchObject({ model: 'fake-model', stream: true, messages });
  });

  it('assembles tool calls from argument fragments and sends tool definitions', async () => {
    fake.enqueue({
      kind: 'tool_calls',
      calls: [
        { name: 'get_loans', arguments: '{"status":"ACTIVE"}' },
        { name: 'simulate_loan_limit', arguments: '{"incomeChange":"0.10"}' },
      ],
      fragments: 4,
    });
    const deltas = await collect(
      provider.stream(messages, {
        tools: [{ name: 'get_loans', description: 'The customer loans', parameters: { type: 'object' } }],
      }),
    );
    expect(deltas).toEqual([
      { type: 'tool_call', call: { id: 'call_0', name: 'get_loans', arguments: '{"status":"ACTIVE"}' } },
      {
        type: 'tool_call',
        call: { id: 'call_1', name: 'simulate_loan_limit', arguments: '{"incomeChange":"0.10"}' },
      },
      { type: 'done', finishReason: 'tool_calls' },
    ]);
    expect(fake.requests[0].body.tools![0].function.name).toBe('get_loans');
  });

  it('retries 429 and 500 before the first token, then streams', async () => {
    fake.enqueue(
      { kind: 'status', status: 429 },
      { kind: 'status', status: 500 },
      { kind: 'text', tokens: ['ok'] },
    );
    expect(text(await collect(provider.stream(messages)))).toBe('ok');
    expect(fake.requests).toHaveLength(3);
  });

  it('gives up after the configured retries with the last failure', async () => {
    fake.enqueue(...Array.from({ length: 3 }, () => ({ kind: 'status' as const, status: 503 })));
    const error = await collect(provider.stream(messages)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ kind: 'UNAVAILABLE', afterFirstToken: false, attempts: 3 });
    expect(fake.requests).toHaveLength(3);
  });

  it('does not retry a refusal (400)', async () => {
    fake.enqueue({ kind: 'status', status: 400, message: 'bad request' });
    await expect(collect(provider.stream(messages))).rejects.toMatchObject({ kind: 'REFUSED', attempts: 1 });
    expect(fake.requests).toHaveLength(1);
  });

  it('times out a server that never answers, retrying before the first token', async () => {
    fake.enqueue({ kind: 'hang' }, { kind: 'hang' }, { kind: 'hang' });
    await expect(collect(provider.stream(messages))).rejects.toMatchObject({
      kind: 'TIMEOUT',
      afterFirstToken: false,
      attempts: 3,
    });
  });

  it('never retries after output was delivered: a cut mid-stream is final', async () => {
    fake.enqueue(
      { kind: 'cut', tokens: ['하나', '둘', '셋', '넷'], after: 2 },
      { kind: 'text', tokens: ['again'] },
    );
    const seen: string[] = [];
    const error = await (async () => {
      for await (const d of provider.stream(messages)) if (d.type === 'text') seen.push(d.text);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(['하나', '둘']);
    expect(error).toMatchObject({ kind: 'STREAM_CUT', afterFirstToken: true, attempts: 1 });
    expect(fake.requests).toHaveLength(1);
    await collect(provider.stream(messages)); // consume the queued 'again'
  });

  it('retries a first token that comes too late', async () => {
    fake.enqueue({ kind: 'text', tokens: ['late'], delayMs: 700 });
    const deltas = await collect(provider.stream(messages));
    expect(text(deltas)).toBe('Hello from the fake.'); // the second attempt got the fallback answer
    expect(fake.requests).toHaveLength(2);
  });

  it('a stream that stalls after output ends with TIMEOUT after the first token, not retried', async () => {
    fake.enqueue({ kind: 'text', tokens: ['a', 'b', 'c'], stallAfter: 2 });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const d of provider.stream(messages)) if (d.type === 'text') seen.push(d.text);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(['a', 'b']);
    expect(error).toMatchObject({ kind: 'TIMEOUT', afterFirstToken: true, attempts: 1 });
    expect(fake.requests).toHaveLength(1);
  });

  it('stops during a retry’s wait without asking again (an abort listener added later would never fire)', async () => {
    fake.enqueue({ kind: 'status', status: 500 }); // a second request would get the fake's default answer
    const slow = providerWith({ retryBaseMs: 200 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100); // inside the 200 ms wait after the 500
    expect(await collect(slow.stream(messages, { signal: controller.signal }))).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it('stops cleanly on abort: no error, the server sees the client go', async () => {
    fake.enqueue({ kind: 'text', tokens: Array.from({ length: 50 }, (_, i) => `t${i} `), delayMs: 20 });
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const d of provider.stream(messages, { signal: controller.signal })) {
      if (d.type === 'text') seen.push(d.text);
      if (seen.length === 3) controller.abort();
    }
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.length).toBeLessThan(50);
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.requests[0].closedByClient).toBe(true);
  });
});
