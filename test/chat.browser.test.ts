import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { tokenize } from '../src/modules/chat/chat-text';
import { DEMO, startTestApp, TestApp } from './support/app';
import { describeWithBrowser, launchBrowser, layoutOverflow, openWatchedPage } from './support/browser';
import { testCounsellor, testReply } from './support/chat-counsellor';

// /chat, the streaming chat widget, in Chromium: log in as the demo customer, ask, watch the answer's tokens
// arrive over graphql-ws (the text grows between observations), see the final message; then cut the socket
// mid-answer and see the widget reconnect and resume with after = <last index> — every token exactly once.
// Answers come from the chat engine's deterministic test counsellor, streamed at a slow offline pace.

const ARTIFACTS = path.join(__dirname, '.artifacts');

describe('/chat', () => {
  let t: TestApp;
  let origin: string;

  beforeAll(async () => {
    t = await startTestApp(
      { CHAT_OFFLINE_TOKEN_DELAY_MS: '120', CHAT_MESSAGES_PER_MINUTE: '100' },
      { counsellor: testCounsellor() },
    );
    origin = new URL(t.url).origin;
  });
  afterAll(() => t?.stop());

  it('is served under the same strict CSP as the dashboard, with its own bundle (graphql-ws inside)', async () => {
    const res = await fetch(`${origin}/chat`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self';");
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//);
    const script = /<script src="(\/pages\/assets\/[0-9a-f]{12}\/chat\.js)"><\/script>/.exec(html)![1];
    const bundle = await (await fetch(origin + script)).text();
    expect(bundle).toContain('graphql-transport-ws'); // the graphql-ws client is bundled
    expect(bundle).toContain('chatMessageStream'); // the codegen'd documents
    expect(html).toContain('"demo":{"email":"customer@fingraph.dev"');
  });

  describeWithBrowser('in Chromium', () => {
    let browser: Browser;
    let context: BrowserContext;
    let p: Page;
    const requests: string[] = [];
    const problems: string[] = [];
    const sentFrames: string[] = [];

    beforeAll(async () => {
      browser = await launchBrowser();
      ({ context, page: p } = await openWatchedPage(browser, {
        width: 1200,
        height: 850,
        locale: 'ko-KR',
        problems,
        warnings: true,
        requests,
        sentFrames,
      }));
      await p.addInitScript(() => {
        // Every state the status line goes through, for the reconnect assertions.
        const w = window as unknown as { statusStates: string[] };
        w.statusStates = [];
        new MutationObserver(() => {
          const s = document.getElementById('stream-status')?.dataset.state;
          if (s && w.statusStates.at(-1) !== s) w.statusStates.push(s);
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
      });
    });
    afterAll(async () => {
      await context?.close();
      await browser?.close();
    });

    const lastAssistant = () => p.locator('.message.ASSISTANT').last();
    const shownIndexes = () => p.evaluate(() => [...(window.fingraphChat?.shownIndexes ?? [])]);

    async function ask(question: string): Promise<void> {
      await p.locator('#message-input').fill(question);
      await p.locator('#send').click();
      await p.waitForSelector('.message.ASSISTANT[data-status="STREAMING"]');
    }

    /** The assistant's text sampled until the message is no longer streaming. */
    async function observeUntilDone(): Promise<string[]> {
      const seen: string[] = [];
      for (let i = 0; i < 600; i++) {
        const [status, text] = await lastAssistant().evaluate((el) => [
          (el as HTMLElement).dataset.status,
          el.querySelector('.text')!.textContent ?? '',
        ]);
        if (status !== 'STREAMING') break;
        if (text && text !== seen.at(-1)) seen.push(text);
        await p.waitForTimeout(50);
      }
      return seen;
    }

    it('logs in as the demo customer, streams the answer token by token and renders the final message', async () => {
      expect((await p.goto(`${origin}/chat`))?.status()).toBe(200);
      await p.locator('#login-form').waitFor();
      expect(await p.locator('#login-email').inputValue()).toBe(DEMO.customer);
      await p.locator('#login-submit').click();
      await p.locator('#composer').waitFor();
      await p.locator('#conversations-empty').waitFor({ state: 'visible' }); // no conversation yet

      const question = '이번 달 카드값이 너무 많이 나와서 걱정이에요';
      await ask(question);
      expect(await p.locator('.message.USER .text').last().textContent()).toBe(question);
      const observed = await observeUntilDone();
      // The text grew over at least two observations before the answer was done, each a prefix of the next.
      expect(observed.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < observed.length; i++) expect(observed[i].startsWith(observed[i - 1])).toBe(true);

      await p.waitForSelector('.message.ASSISTANT[data-status="COMPLETE"]');
      const expected = testReply(question);
      expect(await lastAssistant().locator('.text').textContent()).toBe(expected);
      expect(observed.every((text) => expected.startsWith(text))).toBe(true);
      // one index per token, then the final `done` entry's
      expect(await shownIndexes()).toEqual([...tokenize(expected).keys(), tokenize(expected).length]);
      expect(await p.locator('#stream-status').getAttribute('data-state')).toBe('done');
      expect(await p.locator('#stream-status').textContent()).toBe('답변 완료');
      // The new conversation is listed, titled from the first message.
      await p.waitForSelector('#conversation-list li button[aria-current="true"]');
      expect(await p.locator('#conversation-list li').count()).toBe(1);
      expect(await p.locator('#thread-title').textContent()).toContain('이번 달 카드값');

      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await p.screenshot({ path: path.join(ARTIFACTS, 'chat.png'), fullPage: true });

      const host = new URL(origin).host;
      expect(requests.filter((u) => !u.startsWith('data:') && new URL(u).host !== host)).toEqual([]);
      expect(problems).toEqual([]);
    });

    it('reconnects after a cut socket and resumes after the last index, without losing or repeating a token', async () => {
      await p.locator('#lang-toggle').click(); // English from here on
      const question = 'My card bill is so high this month, what should I do?';
      const framesBefore = sentFrames.length;
      await ask(question);
      await p.waitForFunction(() => (window.fingraphChat?.shownIndexes.length ?? 0) >= 3);
      expect(await p.evaluate(() => window.fingraphChat!.dropConnection())).toBe(true);
      const cutAfter = (await shownIndexes()).at(-1)!;

      await p.waitForSelector('.message.ASSISTANT[data-status="COMPLETE"]', { timeout: 30_000 });
      await p.waitForFunction(() => document.getElementById('stream-status')?.dataset.state === 'done');
      const expected = testReply(question);
      expect(await lastAssistant().locator('.text').textContent()).toBe(expected);
      // Every index exactly once, in order, across the two subscriptions.
      expect(await shownIndexes()).toEqual([...tokenize(expected).keys(), tokenize(expected).length]);

      const subscribes = sentFrames
        .slice(framesBefore)
        .map((f) => JSON.parse(f) as { type: string; payload?: { variables?: { after?: number } } })
        .filter((f) => f.type === 'subscribe');
      expect(subscribes).toHaveLength(2);
      expect(subscribes[0].payload!.variables!.after).toBeUndefined();
      expect(subscribes[1].payload!.variables!.after).toBeGreaterThanOrEqual(cutAfter);
      const states = await p.evaluate(() => (window as unknown as { statusStates: string[] }).statusStates);
      expect(states).toEqual(expect.arrayContaining(['reconnecting', 'done']));
      expect(states.indexOf('reconnecting')).toBeLessThan(states.lastIndexOf('done'));
      expect(await p.locator('#stream-status').textContent()).toBe('Answer complete');

      await p.screenshot({ path: path.join(ARTIFACTS, 'chat-reconnected.png'), fullPage: true });
      expect(problems).toEqual([]);
    });

    it('opens an earlier conversation from the list with its messages', async () => {
      await p.locator('#new-conversation').click();
      expect(await p.locator('.message').count()).toBe(0);
      await p.locator('#conversation-list li button').first().click();
      await p.waitForSelector('.message.ASSISTANT[data-status="COMPLETE"]');
      expect(await p.locator('.message.USER').count()).toBe(2);
      expect(await p.locator('.message.ASSISTANT .text').last().textContent()).toBe(
        testReply('My card bill is so high this month, what should I do?'),
      );
      expect(problems).toEqual([]);
    });

    it('stops an answer with the Stop button: CANCELLED, the text so far kept', async () => {
      await p.locator('#new-conversation').click();
      const question = 'Please tell me everything about my card bill';
      await ask(question);
      await p.waitForFunction(() => (window.fingraphChat?.shownIndexes.length ?? 0) >= 2);
      await p.locator('#stop').click();
      await p.waitForSelector('.message.ASSISTANT[data-status="CANCELLED"]');
      const kept = (await lastAssistant().locator('.text').textContent())!;
      const full = testReply(question);
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.length).toBeLessThan(full.length);
      expect(full.startsWith(kept)).toBe(true);
      expect(await p.locator('#stream-status').textContent()).toBe('The answer was cancelled.');
      // The answer's own line says it was stopped (the status line moves on with the next message).
      expect(await lastAssistant().locator('.meta .summary').textContent()).toMatch(/^Stopped\b/);
      expect(await p.locator('#stop').isHidden()).toBe(true);
      expect(await p.locator('#send').isEnabled()).toBe(true);
      expect(problems).toEqual([]);
    });

    it('fits a 390 px phone and a 1440 px desktop with a conversation open: nothing overflows', async () => {
      for (const width of [390, 1440]) {
        await p.setViewportSize({ width, height: 850 });
        await p.goto(`${origin}/chat`);
        await p.locator('#composer').waitFor();
        await p.locator('#conversation-list li button').first().click();
        await p.locator('.message.ASSISTANT').first().waitFor();
        const layout = await layoutOverflow(p);
        expect([width, layout.scrollWidth]).toEqual([width, layout.innerWidth]);
        expect([width, layout.overflowing]).toEqual([width, []]);
        await p.screenshot({ path: path.join(ARTIFACTS, `chat-${width}.png`), fullPage: true });
      }
      await p.setViewportSize({ width: 1200, height: 850 });
      expect(problems).toEqual([]);
    });
  });
});

describe('/chat through the real counselling pipeline', () => {
  let t: TestApp;
  let browser: Browser | undefined;

  beforeAll(async () => {
    // The offline counsellor, streamed slowly; one message a minute, so the second is refused with a limit.
    // A small message size, so the text box's limit is visibly the server's.
    t = await startTestApp({
      CHAT_OFFLINE_TOKEN_DELAY_MS: '40',
      CHAT_MESSAGES_PER_MINUTE: '1',
      CHAT_MAX_MESSAGE_CHARS: '120',
    });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  describeWithBrowser('in Chromium', () => {
    it('streams the demo customer’s answer to a worried card-bill question, with its emotion and sources; shows a message limit', async () => {
      browser = await launchBrowser();
      const p = await browser.newPage({ viewport: { width: 1200, height: 850 }, locale: 'ko-KR' });
      p.setDefaultTimeout(20_000);
      const problems: string[] = [];
      p.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
      });
      p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      await p.goto(`${new URL(t.url).origin}/chat`);
      await p.locator('#login-submit').click(); // the prefilled demo customer
      await p.locator('#composer').waitFor();
      // The text box takes exactly what the server accepts (CHAT_MAX_MESSAGE_CHARS through the page config).
      expect(await p.locator('#message-input').getAttribute('maxlength')).toBe('120');
      await p.locator('#message-input').fill('가'.repeat(200));
      expect(await p.locator('#message-input').inputValue()).toHaveLength(120);
      // Near the limit a count shows under the box; a paste that would go past it is refused in words (the
      // alert, and the status line under the box, which a phone scrolled down to it still shows) — never cut.
      await p.locator('#message-input').fill('가'.repeat(110));
      expect(await p.locator('#message-count').textContent()).toBe('110/120자');
      await p.locator('#message-input').evaluate((el) => {
        const area = el as HTMLTextAreaElement;
        area.setSelectionRange(area.value.length, area.value.length);
        const data = new DataTransfer();
        data.setData('text/plain', '나'.repeat(20));
        area.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      });
      expect(await p.locator('#message-input').inputValue()).toBe('가'.repeat(110));
      expect(await p.locator('#alert').textContent()).toBe(
        '메시지가 너무 깁니다: 130자를 120자 이내로 줄여 주세요.',
      );
      expect(await p.locator('#stream-status').textContent()).toBe(await p.locator('#alert').textContent());
      await p.locator('#message-input').fill('');
      expect(await p.locator('#message-count').isHidden()).toBe(true);
      expect(await p.locator('#alert').isHidden()).toBe(true);
      // Text put in by a script bypasses maxlength: the widget says in words that it is too long, sends nothing.
      await p.locator('#message-input').evaluate((el) => {
        (el as HTMLTextAreaElement).value = '대출 '.repeat(60);
      });
      await p.locator('#send').click();
      await p.locator('#alert').waitFor({ state: 'visible' });
      expect(await p.locator('#alert').textContent()).toBe(
        `메시지가 너무 깁니다: ${'대출 '.repeat(60).trim().length}자를 120자 이내로 줄여 주세요.`,
      );
      expect(await p.locator('.message').count()).toBe(0);
      await p.locator('#message-input').fill('이번 달 카드값이 너무 많이 나와서 걱정이에요');
      await p.locator('#send').click();
      const assistant = p.locator('.message.ASSISTANT').last();
      await p.waitForSelector('.message.ASSISTANT[data-status="STREAMING"]');

      const observed: string[] = [];
      for (let i = 0; i < 1200; i++) {
        const [status, text] = await assistant.evaluate((el) => [
          (el as HTMLElement).dataset.status,
          el.querySelector('.text')!.textContent ?? '',
        ]);
        if (status !== 'STREAMING') break;
        if (text && text !== observed.at(-1)) observed.push(text);
        await p.waitForTimeout(50);
      }
      expect(observed.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < observed.length; i++) expect(observed[i].startsWith(observed[i - 1])).toBe(true);
      await p.waitForSelector('.message.ASSISTANT[data-status="COMPLETE"]');

      // What the page shows is exactly what the API persisted.
      const id = (await assistant.getAttribute('data-id'))!;
      const token = await t.login(DEMO.customer);
      const stored = await t.request<{ chatMessage: { text: string; emotion: { label: string } | null } }>(
        'query ($id: ID!) { chatMessage(id: $id) { text emotion { label } } }',
        { id },
        token,
      );
      const shown = await assistant.locator('.text').textContent();
      expect(shown).toBe(stored.data!.chatMessage.text);
      expect(shown).toMatch(/[가-힣]/u);
      expect(observed.every((text) => shown!.startsWith(text))).toBe(true);
      // Under the answer: a human line and a collapsible "근거" in words — no enum name.
      const summary = (await assistant.locator('.meta .summary').textContent())!;
      expect(summary.length).toBeGreaterThan(0);
      expect(summary).toMatch(/[가-힣]/u);
      if (stored.data!.chatMessage.emotion?.label === 'ANXIOUS') expect(summary).toContain('불안해 보이셔서');
      await assistant.locator('.meta details.why summary').click();
      expect(await assistant.locator('.meta details.why summary').textContent()).toBe('근거');
      const sources = await assistant.locator('.meta details.why li').allTextContents();
      expect(sources.length).toBeGreaterThan(0);
      const meta = (await assistant.locator('.meta').textContent())!;
      expect(meta).not.toMatch(
        /\b(FINANCE|GENERAL|ANXIOUS|FRUSTRATED|NEUTRAL|SAD|HOPEFUL)\b|\b[A-Z]+_[A-Z_]+\b|\b[A-Z]{4,}\b/,
      );

      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await p.screenshot({ path: path.join(ARTIFACTS, 'chat-counsel.png'), fullPage: true });

      // A second message within the minute: the ChatLimitError is shown, nothing is sent.
      await p.locator('#message-input').fill('한 번 더 물어볼게요');
      await p.locator('#send').click();
      await p.locator('#alert').waitFor({ state: 'visible' });
      expect(await p.locator('#alert').textContent()).toMatch(
        /^메시지를 너무 자주 보내셨습니다\. \d+초 후에 다시 시도하세요\.$/,
      );
      expect(await p.locator('.message.USER').count()).toBe(1);
      expect(await p.locator('#message-input').inputValue()).toBe('한 번 더 물어볼게요');
      expect(problems).toEqual([]);
    });
  });
});
