import {
  CancelChatMessageDocument,
  ChatMessageDocument,
  type ChatMessageStreamSubscription,
  ConversationDocument,
  ConversationsDocument,
  DeleteConversationDocument,
  RenameConversationDocument,
  RetryChatMessageDocument,
  SendChatMessageDocument,
} from './generated/operations';
import { DEMO, startTestApp, subscribe, TestApp } from './support/app';
import { testCounsellor, testReply, TestCounsellor } from './support/chat-counsellor';
import { send, STREAM, streamAll } from './support/chat';
import { tokenize } from '../src/modules/chat';
import { fromGlobalId, toGlobalId } from '../src/common/global-id';
import { createRequestContext } from '../src/app/context';

// The chat engine over the real server (PGlite, or PostgreSQL + Redis): persistence, resumable token streams,
// cancel/retry, ownership and limits. Answers come from a deterministic test counsellor (offline pace 20 ms a token).

describe('chat engine (offline counsellor)', () => {
  let t: TestApp;
  let counsellor: TestCounsellor;
  let customer: string;
  let otherCustomer: string;
  let analyst: string;

  beforeAll(async () => {
    counsellor = testCounsellor();
    t = await startTestApp(
      {
        CHAT_OFFLINE_TOKEN_DELAY_MS: '20',
        CHAT_MESSAGES_PER_MINUTE: '1000',
        CHAT_MAX_CONCURRENT_STREAMS: '50',
        CHAT_CANCEL_WAIT_MS: '300',
      },
      { counsellor },
    );
    customer = await t.login(DEMO.customer);
    analyst = await t.login(DEMO.analyst);
    otherCustomer = await registerCustomer(t, 'chat-other@example.com');
  });
  afterAll(() => t?.stop());

  it('sends, streams every token in order and persists the concatenation', async () => {
    const question = '대출 상환이 너무 걱정돼요';
    const sent = await send(t, customer, question);
    expect(sent.userMessage).toMatchObject({ role: 'USER', status: 'COMPLETE', text: question });
    expect(sent.assistantMessage).toMatchObject({ role: 'ASSISTANT', status: 'STREAMING' });
    expect(sent.conversation.title).toBe(question);

    const events = await streamAll(t.ws(customer), sent.assistantMessage.id);
    const deltas = events.filter((e) => !e.done);
    const final = events[events.length - 1];
    const expected = testReply(question);
    expect(deltas.map((e) => e.index)).toEqual(deltas.map((_, i) => i));
    expect(deltas.map((e) => e.delta)).toEqual(tokenize(expected));
    expect(final).toMatchObject({ done: true, index: deltas.length, delta: null });
    expect(final.message).toMatchObject({
      status: 'COMPLETE',
      text: expected,
      tokenCount: deltas.length,
      provider: 'offline',
      fallback: false,
      language: 'ko',
      topic: { topic: 'FINANCE', intent: 'REPAYMENT_TROUBLE' },
      emotion: { label: 'ANXIOUS', intensity: 0.7 },
      scenario: { label: 'DEBT_BURDEN', probability: 0.72, thresholdVersion: 'default' },
      toolsUsed: ['get_loans'],
      citations: [{ source: 'loans', label: '대출 2건' }],
    });
    expect(counsellor.prepared.at(-1)).toMatchObject({ text: question, historyLength: 0 });

    // The audit row was written with the message.
    const audit = await t.app.container.dataSource.query(`SELECT * FROM advice_audit WHERE message_id = $1`, [
      fromGlobalId(sent.assistantMessage.id).id,
    ]);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      status: 'COMPLETE',
      answer_kind: 'COUNSEL',
      scenario_label: 'DEBT_BURDEN',
      scenario_probability: 0.72,
      threshold_version: 'default',
      tools_used: ['get_loans'],
      audit_data: { loans: ['loan-1', 'loan-2'], monthlyPayment: '1250000' },
      provider: 'offline',
      fallback: false,
      user_role: 'CUSTOMER',
    });
    expect(audit[0].customer_id).not.toBeNull();
  });

  it('gives a late subscriber everything and a resumed one exactly the rest', async () => {
    const sent = await send(t, customer, 'How should I repay my loans faster?');
    const id = sent.assistantMessage.id;
    const all = await streamAll(t.ws(customer), id);
    const late = await streamAll(t.ws(customer), id);
    expect(late).toEqual(all);
    const resumed = await streamAll(t.ws(customer), id, 4);
    expect(resumed).toEqual(all.slice(5));
    const atEnd = await streamAll(t.ws(customer), id, all.length - 2);
    expect(atEnd).toEqual(all.slice(-1));
    // An index beyond the end (a confused client) still gets the final event.
    expect(await streamAll(t.ws(customer), id, 10_000)).toEqual(all.slice(-1));
    // The query sees the same message.
    const q = await t.execute(ChatMessageDocument, { id }, customer);
    expect(q.data!.chatMessage).toEqual(all.at(-1)!.message);
  });

  it('continues a conversation with its history and lists it', async () => {
    const first = await send(t, customer, 'Hello there');
    await streamAll(t.ws(customer), first.assistantMessage.id);
    const second = await send(t, customer, 'And my loans?', first.conversation.id);
    expect(second.conversation.id).toBe(first.conversation.id);
    await streamAll(t.ws(customer), second.assistantMessage.id);
    expect(counsellor.prepared.at(-1)).toMatchObject({ text: 'And my loans?', historyLength: 2 });

    const conv = await t.execute(ConversationDocument, { id: first.conversation.id, first: 10 }, customer);
    const messages = conv.data!.conversation!.messages;
    expect(messages.totalCount).toBe(4);
    expect(messages.edges.map((e) => [e.node.role, e.node.status])).toEqual([
      ['USER', 'COMPLETE'],
      ['ASSISTANT', 'COMPLETE'],
      ['USER', 'COMPLETE'],
      ['ASSISTANT', 'COMPLETE'],
    ]);
    const page2 = await t.execute(
      ConversationDocument,
      { id: first.conversation.id, first: 2, after: messages.edges[1].cursor },
      customer,
    );
    expect(page2.data!.conversation!.messages.edges.map((e) => e.node.text)).toEqual([
      'And my loans?',
      testReply('And my loans?'),
    ]);

    const list = await t.execute(ConversationsDocument, { first: 1 }, customer);
    expect(list.data!.conversations.edges[0].node.id).toBe(first.conversation.id); // most recently active
    expect(list.data!.conversations.pageInfo.hasNextPage).toBe(true);
  });

  it('streams a repeated question from the answer cache', async () => {
    const question = 'Is my repayment plan ok?';
    const a = await send(t, customer, question);
    const first = await streamAll(t.ws(customer), a.assistantMessage.id);
    const b = await send(t, customer, `  is my REPAYMENT plan ok `);
    const second = await streamAll(t.ws(customer), b.assistantMessage.id);
    expect(first.at(-1)!.message!.provider).toBe('offline');
    expect(second.at(-1)!.message).toMatchObject({ provider: 'cache', text: testReply(question) });
    // A new data version misses the cache.
    counsellor.dataVersion = 'v2';
    const c = await send(t, customer, question);
    expect((await streamAll(t.ws(customer), c.assistantMessage.id)).at(-1)!.message!.provider).toBe(
      'offline',
    );
    counsellor.dataVersion = 'v1';
  });

  it('cancels mid-stream, keeps the text so far, and retries as a new message', async () => {
    const slow = t;
    {
      const token = customer;
      const sent = await send(slow, token, 'Please explain my loan repayment schedule in detail');
      const id = sent.assistantMessage.id;
      const sub = subscribe<ChatMessageStreamSubscription>(slow.ws(token), STREAM, { messageId: id });
      await sub.next(3);
      const cancelled = await slow.execute(CancelChatMessageDocument, { input: { messageId: id } }, token);
      const message = cancelled.data!.cancelChatMessage;
      expect(message.status).toBe('CANCELLED');
      await sub.done;
      const events = sub.results.map((r) => r.chatMessageStream);
      const deltas = events.filter((e) => !e.done).map((e) => e.delta);
      expect(events.at(-1)).toMatchObject({ done: true, message: { status: 'CANCELLED' } });
      expect(message.text).toBe(deltas.join(''));
      expect(message.tokenCount).toBe(deltas.length);
      expect(deltas.length).toBeGreaterThanOrEqual(3);
      expect(deltas.length).toBeLessThan(
        tokenize(testReply('Please explain my loan repayment schedule in detail')).length,
      );
      // Cancelling again changes nothing.
      const again = await slow.execute(CancelChatMessageDocument, { input: { messageId: id } }, token);
      expect(again.data!.cancelChatMessage).toEqual(message);

      const retried = await slow.execute(RetryChatMessageDocument, { input: { messageId: id } }, token);
      const r = retried.data!.retryChatMessage;
      if (r.__typename !== 'SendChatMessagePayload') throw new Error(JSON.stringify(retried));
      expect(r.assistantMessage.id).not.toBe(id);
      expect(r.userMessage.id).toBe(sent.userMessage.id);
      const done = (await streamAll(slow.ws(token), r.assistantMessage.id)).at(-1)!;
      expect(done.message).toMatchObject({
        status: 'COMPLETE',
        text: testReply('Please explain my loan repayment schedule in detail'),
      });
      const notRetryable = await slow.execute(
        RetryChatMessageDocument,
        { input: { messageId: r.assistantMessage.id } },
        token,
      );
      expect(notRetryable.data!.retryChatMessage).toMatchObject({
        __typename: 'ChatMessageRejectedError',
        code: 'NOT_RETRYABLE',
        field: 'input.messageId',
      });
    }
  });

  it('renames and deletes conversations', async () => {
    const sent = await send(t, customer, 'rename me');
    await streamAll(t.ws(customer), sent.assistantMessage.id);
    const id = sent.conversation.id;
    const renamed = await t.execute(
      RenameConversationDocument,
      { input: { id, title: '  My loans  ' } },
      customer,
    );
    expect(renamed.data!.renameConversation).toMatchObject({ id, title: 'My loans' });
    const blank = await t.execute(RenameConversationDocument, { input: { id, title: ' ' } }, customer);
    expect(blank.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.title' }],
    });
    const deleted = await t.execute(DeleteConversationDocument, { input: { id } }, customer);
    expect(deleted.data!.deleteConversation.deletedId).toBe(id);
    expect((await t.execute(ConversationDocument, { id }, customer)).data!.conversation).toBeNull();
    const ids = (
      await t.execute(ConversationsDocument, { first: 100 }, customer)
    ).data!.conversations.edges.map((e) => e.node.id);
    expect(ids).not.toContain(id);

    // Deleting a conversation cancels the answer still streaming in it.
    const question = 'delete me while you answer';
    const running = await send(t, customer, question);
    const runningId = fromGlobalId(running.assistantMessage.id).id;
    await t.execute(DeleteConversationDocument, { input: { id: running.conversation.id } }, customer);
    const entries = [];
    for await (const entry of t.app.container.streams.follow(`chat:${runningId}`, -1, {
      isLast: (e) => e.data.done === true,
    }))
      entries.push(entry);
    expect(entries.at(-1)!.data).toEqual({ done: true, status: 'CANCELLED' });
    expect(entries.length - 1).toBeLessThan(tokenize(testReply(question)).length);
    const [row] = await t.app.container.dataSource.query(
      'SELECT status, token_count FROM chat_message WHERE id = $1',
      [runningId],
    );
    expect(row).toEqual({ status: 'CANCELLED', token_count: entries.length - 1 });
  });

  it("never shows, streams or cancels another user's conversation", async () => {
    const sent = await send(t, customer, '내 대출 상환 계획');
    const id = sent.assistantMessage.id;
    const conversationId = sent.conversation.id;
    for (const token of [otherCustomer, analyst]) {
      expect(
        (await t.execute(ConversationDocument, { id: conversationId }, token)).data!.conversation,
      ).toBeNull();
      expect((await t.execute(ChatMessageDocument, { id }, token)).data!.chatMessage).toBeNull();
      const cancel = await t.execute(CancelChatMessageDocument, { input: { messageId: id } }, token);
      expect(cancel.errors![0].extensions!.code).toBe('NOT_FOUND');
      const rename = await t.execute(
        RenameConversationDocument,
        { input: { id: conversationId, title: 'x' } },
        token,
      );
      expect(rename.errors![0].extensions!.code).toBe('NOT_FOUND');
      const reuse = await t.execute(
        SendChatMessageDocument,
        { input: { text: 'hi', conversationId } },
        token,
      );
      expect(reuse.errors![0].extensions!.code).toBe('NOT_FOUND');
      const sub = subscribe<ChatMessageStreamSubscription>(t.ws(token), STREAM, { messageId: id });
      await sub.done;
      expect(sub.results).toEqual([]);
      expect(JSON.stringify(sub.errors)).toContain('NOT_FOUND');
      const list = await t.execute(ConversationsDocument, { first: 100 }, token);
      expect(list.data!.conversations.edges.map((e) => e.node.id)).not.toContain(conversationId);
    }
    const node = await t.request<{ node: unknown }>(
      'query ($id: ID!) { node(id: $id) { id } }',
      { id },
      otherCustomer,
    );
    expect(node.data!.node).toBeNull();
    const anonymous = await t.execute(SendChatMessageDocument, { input: { text: 'hi' } }, undefined);
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    await streamAll(t.ws(customer), id);
  });

  it('rejects empty and oversized messages', async () => {
    const empty = await t.execute(SendChatMessageDocument, { input: { text: '   ' } }, customer);
    expect(empty.data!.sendChatMessage).toMatchObject({
      __typename: 'ChatMessageRejectedError',
      code: 'EMPTY_MESSAGE',
      field: 'input.text',
    });
    const big = await t.execute(SendChatMessageDocument, { input: { text: '가'.repeat(2001) } }, customer);
    expect(big.data!.sendChatMessage).toMatchObject({ __typename: 'ChatLimitError', limit: 'MESSAGE_SIZE' });
    expect((big.data!.sendChatMessage as { message: string }).message).toBe(
      'input.text: at most 2000 characters per message',
    );
  });

  it('lists conversations with their messages in a constant number of SQL statements', async () => {
    const token = await registerCustomer(t, 'chat-n-plus-one@example.com');
    const statements = async (first: number) => {
      const res = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: `{ conversations(first: ${first}) { totalCount edges { node { id messages(first: 5) { totalCount edges { node { text status } } } } } } }`,
        }),
      });
      const body = (await res.json()) as {
        errors?: unknown;
        data: { conversations: { edges: { node: { messages: { totalCount: number } } }[] } };
      };
      expect(body.errors).toBeUndefined();
      expect(body.data.conversations.edges.length).toBe(first);
      expect(body.data.conversations.edges.every((e) => e.node.messages.totalCount === 2)).toBe(true);
      return Number(res.headers.get('x-sql-statements'));
    };
    for (let i = 0; i < 4; i += 1) {
      const sent = await send(t, token, `conversation ${i}`);
      await streamAll(t.ws(token), sent.assistantMessage.id);
    }
    const one = await statements(1);
    expect(one).toBeGreaterThan(0);
    expect(await statements(4)).toBe(one);
  });

  it('ends a message itself when the replica running it is gone (cancel without a runner)', async () => {
    const sent = await send(t, customer, 'orphan check');
    await streamAll(t.ws(customer), sent.assistantMessage.id);
    const ds = t.app.container.dataSource;
    const [orphan] = await ds.query(
      `INSERT INTO chat_message (id, conversation_id, role, status, text, created_at)
       VALUES (gen_random_uuid(), $1, 'ASSISTANT', 'STREAMING', '', now()) RETURNING id`,
      [fromGlobalId(sent.conversation.id).id],
    );
    await t.app.container.streams.append(`chat:${orphan.id}`, { delta: 'partial ' });
    const res = await t.execute(
      CancelChatMessageDocument,
      { input: { messageId: toGlobalId('ChatMessage', orphan.id) } },
      customer,
    );
    expect(res.data!.cancelChatMessage).toMatchObject({
      status: 'CANCELLED',
      text: 'partial ',
      tokenCount: 1,
    });
    const entries = await t.app.container.streams.read(`chat:${orphan.id}`, -1);
    expect(entries.map((e) => e.data)).toEqual([{ delta: 'partial ' }, { done: true, status: 'CANCELLED' }]);
  });

  it('a subscriber that comes between the end being stored and the final stream entry still gets every delta', async () => {
    // The generator commits the message's end, then appends the stream's final entry: a subscriber in between saw a
    // finished message whose stream lacked its last entry and got the final text with no deltas (seen in CI).
    const sent = await send(t, customer, 'window check');
    await streamAll(t.ws(customer), sent.assistantMessage.id);
    const ds = t.app.container.dataSource;
    const [done] = await ds.query(
      `INSERT INTO chat_message (id, conversation_id, role, status, text, token_count, created_at, completed_at)
       VALUES (gen_random_uuid(), $1, 'ASSISTANT', 'COMPLETE', '끝난 답', 2, now(), now()) RETURNING id`,
      [fromGlobalId(sent.conversation.id).id],
    );
    const key = `chat:${done.id}`;
    await t.app.container.streams.append(key, { delta: '끝난 ' });
    await t.app.container.streams.append(key, { delta: '답' });
    const reading = streamAll(t.ws(customer), toGlobalId('ChatMessage', done.id));
    setTimeout(() => void t.app.container.streams.append(key, { done: true, status: 'COMPLETE' }), 200);
    const events = await reading;
    expect(events.filter((e) => !e.done).map((e) => e.delta)).toEqual(['끝난 ', '답']);
    expect(events.at(-1)).toMatchObject({ done: true, message: { status: 'COMPLETE', text: '끝난 답' } });
  });

  it('ends messages left streaming by a dead process FAILED at start (crash recovery)', async () => {
    const sent = await send(t, customer, 'recovery check');
    await streamAll(t.ws(customer), sent.assistantMessage.id);
    const ds = t.app.container.dataSource;
    const [orphan] = await ds.query(
      `INSERT INTO chat_message (id, conversation_id, role, status, text, created_at)
       VALUES (gen_random_uuid(), $1, 'ASSISTANT', 'STREAMING', '', now() - interval '1 hour') RETURNING id`,
      [fromGlobalId(sent.conversation.id).id],
    );
    await t.app.container.streams.append(`chat:${orphan.id}`, { delta: '반쯤 ' });
    await t.app.container.streams.append(`chat:${orphan.id}`, { delta: 'written' });
    const recovered = await t.app.container.services.chat.recoverStale(
      createRequestContext(t.app.container, { requestId: 'test-recovery' }),
    );
    expect(recovered).toBe(1);
    const [row] = await ds.query('SELECT status, text, token_count FROM chat_message WHERE id = $1', [
      orphan.id,
    ]);
    expect(row).toEqual({ status: 'FAILED', text: '반쯤 written', token_count: 2 });
    const entries = await t.app.container.streams.read(`chat:${orphan.id}`, -1);
    expect(entries.map((e) => e.data)).toEqual([
      { delta: '반쯤 ' },
      { delta: 'written' },
      { done: true, status: 'FAILED' },
    ]);
  });
});

describe('chat limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(
      { CHAT_OFFLINE_TOKEN_DELAY_MS: '30', CHAT_MESSAGES_PER_MINUTE: '3', CHAT_MAX_CONCURRENT_STREAMS: '2' },
      { counsellor: testCounsellor() },
    );
  });
  afterAll(() => t?.stop());

  it('limits concurrent answers and messages per minute per user', async () => {
    const token = await t.login(DEMO.customer);
    const a = await send(t, token, 'first question about loans');
    await send(t, token, 'second question about loans');
    const third = await t.execute(SendChatMessageDocument, { input: { text: 'third' } }, token);
    expect(third.data!.sendChatMessage).toMatchObject({
      __typename: 'ChatLimitError',
      limit: 'CONCURRENT_STREAMS',
    });
    // Cancelling one frees a slot, but the minute allows only three messages (the refused one counted).
    await t.execute(CancelChatMessageDocument, { input: { messageId: a.assistantMessage.id } }, token);
    const fourth = await t.execute(SendChatMessageDocument, { input: { text: 'fourth' } }, token);
    expect(fourth.data!.sendChatMessage).toMatchObject({
      __typename: 'ChatLimitError',
      limit: 'MESSAGES_PER_MINUTE',
    });
    const retryAfter = (fourth.data!.sendChatMessage as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Another user is not affected.
    const analyst = await t.login(DEMO.analyst);
    expect((await send(t, analyst, 'how many invoices?')).assistantMessage.status).toBe('STREAMING');
  });
});

async function registerCustomer(t: TestApp, email: string): Promise<string> {
  const password = 'another-long-password-1';
  const res = await t.request('mutation ($i: RegisterInput!) { register(input: $i) { __typename } }', {
    i: {
      email,
      password,
      profile: {
        name: '김다른',
        birthDate: '1988-03-04',
        gender: 'MALE',
        region: 'SEOUL',
        householdSize: 2,
        employment: 'SALARIED',
      },
    },
  });
  if ((res.data as { register: { __typename: string } }).register.__typename !== 'AuthPayload')
    throw new Error(JSON.stringify(res));
  return t.login(email, password);
}
