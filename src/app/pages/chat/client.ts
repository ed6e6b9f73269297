// /chat in the browser: signs in, lists the viewer's conversations, sends messages with sendChatMessage and
// renders the answer's tokens as they stream over graphql-ws (chatMessageStream). When the socket drops, it
// reconnects and resubscribes with after = the last index shown, so no token is lost or shown twice.
import { createClient, type Client } from 'graphql-ws';
// The repo's typed client package: the resume-with-`after` loop (bundled into this page by esbuild).
import { streamAnswer } from '../../../../clients/typescript/src/stream';
import {
  WidgetCancelMessageDocument,
  WidgetConversationDocument,
  WidgetConversationsDocument,
  WidgetMessageStreamDocument,
  WidgetSendMessageDocument,
  type WidgetMessageFragment,
  type WidgetMessageStreamSubscription,
} from '../generated/operations';
import type { Dictionary } from '../client/i18n';
import { byId, h, startShell, type Shell } from '../client/shell';
import { sourceLines, summaryLine } from './meta';

const DICTIONARY: Dictionary = {
  title: { ko: '상담 채팅', en: 'Chat' },
  loginHint: { ko: '고객 계정으로 로그인하세요.', en: 'Sign in with your customer account.' },
  conversations: { ko: '대화 목록', en: 'Conversations' },
  newConversation: { ko: '새 대화', en: 'New conversation' },
  noConversations: { ko: '아직 대화가 없습니다.', en: 'No conversations yet.' },
  messageLabel: { ko: '메시지', en: 'Message' },
  messagePlaceholder: { ko: '궁금한 점을 입력하세요', en: 'Ask a question' },
  send: { ko: '보내기', en: 'Send' },
  stop: { ko: '중지', en: 'Stop' },
  connecting: { ko: '연결 중…', en: 'Connecting…' },
  streaming: { ko: '답변을 받는 중…', en: 'Receiving the answer…' },
  reconnecting: {
    ko: '연결이 끊겼습니다. 다시 연결하는 중… ({attempt}번째 시도)',
    en: 'Connection lost. Reconnecting… (attempt {attempt})',
  },
  resumed: {
    ko: '다시 연결됨: {index}번 이후부터 이어받습니다.',
    en: 'Reconnected: resuming after token {index}.',
  },
  done: { ko: '답변 완료', en: 'Answer complete' },
  failed: { ko: '답변 실패: {reason}', en: 'Answer failed: {reason}' },
  cancelled: { ko: '답변이 취소되었습니다.', en: 'The answer was cancelled.' },
  offline: { ko: '연결할 수 없습니다: {reason}', en: 'Cannot connect: {reason}' },
  chatLimit: {
    ko: '메시지를 너무 자주 보내셨습니다. {seconds}초 후에 다시 시도하세요.',
    en: 'Too many messages in a short time. Try again in {seconds} s.',
  },
  tooManyStreams: {
    ko: '이전 답변이 끝난 뒤에 다시 보내 주세요.',
    en: 'Please wait for the previous answer to finish, then send again.',
  },
  tooLong: {
    ko: '메시지가 너무 깁니다: {length}자를 {max}자 이내로 줄여 주세요.',
    en: 'Your message is too long: {length} characters, at most {max} allowed. Please shorten it.',
  },
  remaining: { ko: '{length}/{max}자', en: '{length}/{max} characters' },
  stopped: { ko: '중지됨', en: 'Stopped' },
  rejected: { ko: '보낼 수 없는 메시지입니다: {message}', en: 'This message cannot be sent: {message}' },
  you: { ko: '나', en: 'You' },
  counsellor: { ko: '상담사', en: 'Counsellor' },
  sources: { ko: '근거', en: 'Why this answer' },
  fallback: { ko: '오프라인 상담으로 전환됨', en: 'answered by the offline counsellor' },
};

/** What the test suite (and a curious developer) can reach from the console. */
interface ChatDebugHook {
  /** Closes the socket as a network cut would; false when none is open. */
  dropConnection(): boolean;
  /** Stream indexes received and shown for the current answer, in order. */
  readonly shownIndexes: readonly number[];
}
declare global {
  interface Window {
    fingraphChat?: ChatDebugHook;
  }
}

type StreamEvent = WidgetMessageStreamSubscription['chatMessageStream'];

interface RenderedMessage {
  el: HTMLElement;
  text: HTMLElement;
  meta: HTMLElement;
  body: string;
}

interface ActiveStream {
  messageId: string;
  /** The last index shown; -1 before the first token. */
  lastIndex: number;
  attempts: number;
  finished: boolean;
  dispose?: () => void;
}

const config = { wsUrl: '', maxMessageChars: 2000 };
let wsClient: Client | undefined;
let socket: WebSocket | undefined;
let activeConversation: string | null = null;
let stream: ActiveStream | undefined;
let shownIndexes: number[] = [];
const rendered = new Map<string, RenderedMessage>();

function setStatus(state: string, text: string): void {
  const status = byId('stream-status');
  status.dataset.state = state;
  status.textContent = text;
}

/**
 * An error about what the customer just tried to send or stop: in the alert at the top and in the status line
 * right under the text box, where a phone that has scrolled down to the box still shows it.
 */
function composerError(message: string): void {
  shell.showError(message);
  setStatus('error', message);
}

function socketClient(): Client {
  wsClient ??= createClient({
    url: config.wsUrl,
    lazy: true,
    // Reconnecting is ours (resubscribe with after = last index), not the library's (it would replay the
    // original variables).
    retryAttempts: 0,
    connectionParams: () => {
      const token = shell.session.user?.accessToken;
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connected: (s) => {
        socket = s as WebSocket;
      },
      closed: () => {
        socket = undefined;
      },
    },
  });
  return wsClient;
}

function closeSocket(): void {
  if (stream) stopStream(stream);
  void wsClient?.dispose();
  wsClient = undefined;
  socket = undefined;
}

/** The line under an answer in words, and a collapsible list of its sources ("근거" / "Why this answer"). */
function renderMeta(meta: HTMLElement, m: WidgetMessageFragment): void {
  const { i18n } = shell;
  meta.replaceChildren();
  if (m.role !== 'ASSISTANT' || m.status === 'STREAMING') return;
  const parts: string[] = [];
  const summary = summaryLine(m, i18n.lang);
  if (summary) parts.push(summary);
  if (m.fallback) parts.push(i18n.t('fallback'));
  if (m.status === 'FAILED' && m.failureReason) parts.push(m.failureReason);
  // A stopped answer says so where it stays (the status line is gone once another message is sent).
  if (m.status === 'CANCELLED') parts.unshift(i18n.t('stopped'));
  if (parts.length > 0) meta.append(h('span', { class: 'summary' }, parts.join(' · ')));
  const sources = sourceLines(m, i18n.lang);
  if (sources.length > 0)
    meta.append(
      h(
        'details',
        { class: 'why' },
        h('summary', {}, i18n.t('sources')),
        h('ul', {}, ...sources.map((line) => h('li', {}, line))),
      ),
    );
}

function renderMessage(m: WidgetMessageFragment): RenderedMessage {
  let r = rendered.get(m.id);
  if (!r) {
    const text = h('span', { class: 'text' });
    const meta = h('div', { class: 'meta' });
    const el = h('div', { class: 'message', 'data-id': m.id }, text, meta);
    byId('messages').append(el);
    r = { el, text, meta, body: '' };
    rendered.set(m.id, r);
  }
  r.el.className = `message ${m.role} ${m.status}`;
  r.el.dataset.status = m.status;
  r.el.setAttribute('aria-label', m.role === 'USER' ? shell.i18n.t('you') : shell.i18n.t('counsellor'));
  r.el.setAttribute('aria-busy', String(m.status === 'STREAMING'));
  r.body = m.text;
  r.text.textContent = m.text;
  renderMeta(r.meta, m);
  r.el.scrollIntoView({ block: 'end' });
  return r;
}

function stopStream(s: ActiveStream): void {
  s.finished = true;
  s.dispose?.();
  if (stream === s) stream = undefined;
  (byId('send') as HTMLButtonElement).disabled = false;
  byId('stop').hidden = true;
}

function onEvent(s: ActiveStream, e: StreamEvent): void {
  // Replays after a reconnect start at after + 1; anything at or below the last shown index is never re-shown.
  if (e.index <= s.lastIndex) return;
  s.lastIndex = e.index;
  s.attempts = 0;
  shownIndexes.push(e.index);
  const r = rendered.get(s.messageId);
  if (e.delta && r) {
    r.body += e.delta;
    r.text.textContent = r.body;
    r.el.scrollIntoView({ block: 'end' });
  }
  if (e.done) {
    stopStream(s);
    if (e.message) renderMessage(e.message);
    const status = e.message?.status;
    if (status === 'FAILED')
      setStatus('failed', shell.i18n.t('failed', { reason: e.message?.failureReason ?? '' }));
    else if (status === 'CANCELLED') setStatus('done', shell.i18n.t('cancelled'));
    else setStatus('done', shell.i18n.t('done'));
    void loadConversations();
  } else if (
    byId('stream-status').dataset.state !== 'streaming' &&
    byId('stream-status').dataset.state !== 'resumed'
  ) {
    setStatus('streaming', shell.i18n.t('streaming'));
  }
}

/**
 * Follows the answer with the client package's streamAnswer: it subscribes from after = the last index shown and,
 * whenever the socket drops, resubscribes with backoff from there — no token lost or shown twice. Before a
 * resume after 4419 (token expired), 4401 (session ended) or 4403 the token is refreshed; a refused refresh
 * signs out.
 */
function follow(s: ActiveStream): void {
  const controller = new AbortController();
  s.dispose = () => controller.abort();
  let resumed = false;
  void (async () => {
    try {
      const events = streamAnswer<StreamEvent>(
        (variables) =>
          socketClient().iterate<WidgetMessageStreamSubscription>({
            query: WidgetMessageStreamDocument.toString(),
            variables,
          }),
        s.messageId,
        {
          signal: controller.signal,
          maxResumes: 20,
          resumeDelayMs: (n) => Math.min(10_000, 250 * 2 ** n) + Math.floor(Math.random() * 100),
          onResume: async (attempt, code) => {
            s.attempts = attempt;
            resumed = true;
            setStatus('reconnecting', shell.i18n.t('reconnecting', { attempt }));
            if (code === 4419 || code === 4401 || code === 4403) {
              if (!(await shell.session.refresh())) {
                shell.session.signOut(true);
                controller.abort();
              }
            }
          },
        },
      );
      for await (const event of events) {
        if (s.finished) return;
        if (resumed) {
          resumed = false;
          setStatus('resumed', shell.i18n.t('resumed', { index: s.lastIndex }));
        }
        onEvent(s, event);
      }
    } catch (error) {
      if (s.finished || controller.signal.aborted) return;
      // GraphQL errors of the subscription itself (not found, forbidden), or too many drops: nothing to resume.
      stopStream(s);
      setStatus('failed', shell.i18n.t('failed', { reason: (error as Error).message }));
    }
  })();
}

function startStream(messageId: string): void {
  if (stream) stopStream(stream);
  shownIndexes = [];
  stream = { messageId, lastIndex: -1, attempts: 0, finished: false };
  (byId('send') as HTMLButtonElement).disabled = true;
  byId('stop').hidden = false;
  setStatus('streaming', shell.i18n.t('streaming'));
  follow(stream);
}

async function loadConversations(): Promise<void> {
  try {
    const { conversations } = await shell.session.execute(WidgetConversationsDocument, { first: 30 });
    const list = byId('conversation-list');
    byId('conversations-empty').hidden = conversations.edges.length > 0;
    list.replaceChildren(
      ...conversations.edges.map(({ node }) => {
        const button = h('button', { type: 'button', 'data-id': node.id, title: node.title }, node.title);
        button.setAttribute('aria-current', String(node.id === activeConversation));
        button.addEventListener('click', () => void openConversation(node.id));
        return h('li', {}, button);
      }),
    );
  } catch (error) {
    shell.showError(shell.describe(error));
  }
}

function clearThread(): void {
  if (stream) stopStream(stream);
  rendered.clear();
  byId('messages').replaceChildren();
  setStatus('idle', '');
}

function startNewConversation(): void {
  activeConversation = null;
  clearThread();
  byId('thread-title').textContent = shell.i18n.t('newConversation');
  byId('thread-title').dataset.i18n = 'newConversation';
  byId('conversation-list')
    .querySelectorAll('button')
    .forEach((b) => b.setAttribute('aria-current', 'false'));
  byId('message-input').focus();
}

async function openConversation(id: string): Promise<void> {
  try {
    const { conversation } = await shell.session.execute(WidgetConversationDocument, { id, last: 50 });
    if (!conversation) return;
    activeConversation = id;
    clearThread();
    const title = byId('thread-title');
    delete title.dataset.i18n;
    title.textContent = conversation.title;
    byId('conversation-list')
      .querySelectorAll<HTMLButtonElement>('button')
      .forEach((b) => b.setAttribute('aria-current', String(b.dataset.id === id)));
    for (const { node } of conversation.messages.edges) {
      // A message still streaming is followed from its first token.
      renderMessage(node.status === 'STREAMING' ? { ...node, text: '' } : node);
      if (node.status === 'STREAMING') startStream(node.id);
    }
  } catch (error) {
    shell.showError(shell.describe(error));
  }
}

async function send(text: string): Promise<void> {
  const { i18n } = shell;
  shell.clearError();
  const { sendChatMessage: result } = await shell.session.execute(WidgetSendMessageDocument, {
    input: { text, ...(activeConversation ? { conversationId: activeConversation } : {}) },
  });
  if (result.__typename === 'ChatLimitError') {
    composerError(
      result.limit === 'MESSAGE_SIZE'
        ? i18n.t('tooLong', {
            length: text.length.toLocaleString(),
            max: config.maxMessageChars.toLocaleString(),
          })
        : result.limit === 'CONCURRENT_STREAMS'
          ? i18n.t('tooManyStreams')
          : i18n.t('chatLimit', { seconds: result.retryAfterSeconds ?? 60 }),
    );
    return;
  }
  if (result.__typename === 'ChatMessageRejectedError') {
    composerError(i18n.t('rejected', { message: result.message }));
    return;
  }
  (byId('message-input') as HTMLTextAreaElement).value = '';
  updateCount();
  if (activeConversation !== result.conversation.id) {
    activeConversation = result.conversation.id;
    const title = byId('thread-title');
    delete title.dataset.i18n;
    title.textContent = result.conversation.title;
  }
  renderMessage(result.userMessage);
  renderMessage(result.assistantMessage);
  startStream(result.assistantMessage.id);
  void loadConversations();
}

const pageConfig = JSON.parse(byId('page-config').textContent!) as {
  endpoint: string;
  maxMessageChars?: number;
};
const endpoint = new URL(pageConfig.endpoint, location.href);
endpoint.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';
config.wsUrl = endpoint.href;
// The text box takes exactly what the server accepts (CHAT_MAX_MESSAGE_CHARS, from the page's config).
if (pageConfig.maxMessageChars) config.maxMessageChars = pageConfig.maxMessageChars;
byId<HTMLTextAreaElement>('message-input').maxLength = config.maxMessageChars;

const shell: Shell = startShell({
  dictionary: DICTIONARY,
  storageKey: 'fingraph-chat-session',
  roles: ['CUSTOMER', 'ANALYST', 'ADMIN'],
  onSignedIn: () => {
    startNewConversation();
    void loadConversations();
  },
  onSignedOut: () => {
    closeSocket();
    activeConversation = null;
    rendered.clear();
    byId('messages').replaceChildren();
    byId('conversation-list').replaceChildren();
  },
});

byId('new-conversation').addEventListener('click', startNewConversation);
// Stop: the server ends the answer CANCELLED (text so far kept); the stream's final event says so.
byId('stop').addEventListener('click', () => {
  if (!stream) return;
  const messageId = stream.messageId;
  shell.session
    .execute(WidgetCancelMessageDocument, { input: { messageId } })
    .catch((error: unknown) => composerError(shell.describe(error)));
});
const input = byId<HTMLTextAreaElement>('message-input');
byId<HTMLFormElement>('composer').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text || stream) return;
  // Text put in by a script or an old page can exceed maxlength: say so in words instead of sending it.
  if (text.length > config.maxMessageChars) {
    composerError(
      shell.i18n.t('tooLong', {
        length: text.length.toLocaleString(),
        max: config.maxMessageChars.toLocaleString(),
      }),
    );
    return;
  }
  const button = byId<HTMLButtonElement>('send');
  button.disabled = true;
  send(text)
    .catch((error: unknown) => composerError(shell.describe(error)))
    .finally(() => {
      if (!stream) button.disabled = false;
    });
});
/** "1,950/2,000자" under the box once the text nears the limit, so reaching it is no surprise. */
function updateCount(): void {
  const count = byId('message-count');
  const length = input.value.length;
  count.hidden = length < config.maxMessageChars * 0.9;
  count.dataset.full = String(length >= config.maxMessageChars);
  count.textContent = shell.i18n.t('remaining', {
    length: length.toLocaleString(),
    max: config.maxMessageChars.toLocaleString(),
  });
}
input.addEventListener('input', () => {
  updateCount();
  // Editing the text answers the error about it.
  if (byId('stream-status').dataset.state === 'error') {
    shell.clearError();
    setStatus('idle', '');
  }
});
// A paste that would go past the limit is refused in words (maxlength would cut it silently).
input.addEventListener('paste', (event) => {
  const pasted = event.clipboardData?.getData('text') ?? '';
  const length =
    input.value.length - (input.selectionEnd - input.selectionStart) + pasted.replace(/\r\n/g, '\n').length;
  if (length <= config.maxMessageChars) return;
  event.preventDefault();
  composerError(
    shell.i18n.t('tooLong', {
      length: length.toLocaleString(),
      max: config.maxMessageChars.toLocaleString(),
    }),
  );
});
// Enter sends, Shift+Enter adds a line (the usual chat convention); IME composition (Korean) is left alone.
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    byId<HTMLFormElement>('composer').requestSubmit();
  }
});

window.fingraphChat = {
  dropConnection() {
    if (!socket || socket.readyState !== WebSocket.OPEN) return false;
    socket.close(3000, 'simulated network cut');
    return true;
  },
  get shownIndexes() {
    return shownIndexes;
  },
};
