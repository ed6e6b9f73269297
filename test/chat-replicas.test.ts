import { fromGlobalId } from '../src/common/global-id';
import {
  CancelChatMessageDocument,
  ChatMessageDocument,
  type ChatMessageStreamSubscription,
} from './generated/operations';
import { DEMO, startTestApp, subscribe, TestApp } from './support/app';
import { send, STREAM, streamAll } from './support/chat';
import { testCounsellor, testReply } from './support/chat-counsellor';
import { tokenize } from '../src/modules/chat';

// Two API processes' worth of application sharing PostgreSQL and Redis: a message generated on one replica is
// streamed, cancelled and finished from the other. Services mode only (embedded is one process).
const services = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);

(services ? describe : describe.skip)('chat across two replicas on shared PostgreSQL + Redis', () => {
  let a: TestApp;
  let b: TestApp;
  const env = { CHAT_OFFLINE_TOKEN_DELAY_MS: '25', CHAT_MESSAGES_PER_MINUTE: '1000' };

  beforeAll(async () => {
    a = await startTestApp(env, { counsellor: testCounsellor() });
    b = await startTestApp(env, { replicaOf: a, counsellor: testCounsellor() });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  it('streams on one replica what the other generates, late joiners and resumes included', async () => {
    const tokenA = await a.login(DEMO.customer);
    const tokenB = await b.login(DEMO.customer);
    const question = 'How are my loan repayments going?';
    const sent = await send(a, tokenA, question);
    const id = sent.assistantMessage.id;
    const live = subscribe<ChatMessageStreamSubscription>(b.ws(tokenB), STREAM, { messageId: id });
    await live.next(3);
    const resumed = await streamAll(b.ws(tokenB), id, 1);
    await live.done;
    const events = live.results.map((r) => r.chatMessageStream);
    const deltas = events.filter((e) => !e.done);
    expect(deltas.map((e) => e.index)).toEqual(deltas.map((_, i) => i));
    expect(deltas.map((e) => e.delta)).toEqual(tokenize(testReply(question)));
    expect(events.at(-1)!.message).toMatchObject({ status: 'COMPLETE', text: testReply(question) });
    expect(resumed).toEqual(events.slice(2));
  });

  it('cancels from the other replica a message generated on the first', async () => {
    const tokenA = await a.login(DEMO.customer);
    const tokenB = await b.login(DEMO.customer);
    const question = 'Please walk me through every loan repayment I have, in detail';
    const sent = await send(a, tokenA, question);
    const id = sent.assistantMessage.id;
    const sub = subscribe<ChatMessageStreamSubscription>(a.ws(tokenA), STREAM, { messageId: id });
    await sub.next(3);
    const res = await b.execute(CancelChatMessageDocument, { input: { messageId: id } }, tokenB);
    const message = res.data!.cancelChatMessage;
    expect(message.status).toBe('CANCELLED');
    await sub.done;
    const events = sub.results.map((r) => r.chatMessageStream);
    const deltas = events.filter((e) => !e.done).map((e) => e.delta);
    expect(events.at(-1)!.message).toEqual(message);
    expect(message.text).toBe(deltas.join(''));
    expect(deltas.length).toBeLessThan(tokenize(testReply(question)).length);
    // Replica a's runner wrote the end (a replacement written by b after a timeout would carry no provider),
    // and nothing was appended after the final entry.
    expect(message.provider).toBe('offline');
    const entries = await a.app.container.streams.read(`chat:${fromGlobalId(id).id}`, -1);
    expect(entries.filter((e) => e.data.done === true)).toEqual([entries.at(-1)]);
    const after = await a.execute(ChatMessageDocument, { id }, tokenA);
    expect(after.data!.chatMessage).toEqual(message);
  });

  it('ends running answers FAILED ("shutdown") when a replica stops, and recovers stale ones at start', async () => {
    const c = await startTestApp(env, { replicaOf: a, counsellor: testCounsellor() });
    const tokenC = await c.login(DEMO.customer);
    const tokenB = await b.login(DEMO.customer);
    const sent = await send(c, tokenC, 'A long question about my loans that takes a while to answer');
    const id = sent.assistantMessage.id;
    const sub = subscribe<ChatMessageStreamSubscription>(b.ws(tokenB), STREAM, { messageId: id });
    await sub.next(2);
    await c.stop();
    await sub.done;
    const final = sub.results.at(-1)!.chatMessageStream;
    expect(final.message).toMatchObject({ status: 'FAILED', failureReason: 'shutdown' });
    const deltas = sub.results.filter((r) => !r.chatMessageStream.done).map((r) => r.chatMessageStream.delta);
    expect(final.message!.text).toBe(deltas.join(''));

    // A message left STREAMING by a process that died (older than CHAT_STALE_STREAM_SECONDS) ends FAILED
    // when a replica starts.
    const ds = a.app.container.dataSource;
    const local = fromGlobalId(id).id;
    const [orphan] = await ds.query(
      `INSERT INTO chat_message (id, conversation_id, role, status, text, created_at)
       SELECT gen_random_uuid(), conversation_id, 'ASSISTANT', 'STREAMING', '', now() - interval '1 hour'
       FROM chat_message WHERE id = $1 RETURNING id`,
      [local],
    );
    await a.app.container.streams.append(`chat:${orphan.id}`, { delta: 'half ' });
    const d = await startTestApp(env, { replicaOf: a, counsellor: testCounsellor() });
    await d.stop();
    const [row] = await ds.query(
      'SELECT status, text, token_count, failure_reason FROM chat_message WHERE id = $1',
      [orphan.id],
    );
    expect(row).toMatchObject({ status: 'FAILED', text: 'half ', token_count: 1 });
    expect(row.failure_reason).toContain('interrupted');
    const entries = await a.app.container.streams.read(`chat:${orphan.id}`, -1);
    expect(entries.at(-1)!.data).toEqual({ done: true, status: 'FAILED' });
  });
});
