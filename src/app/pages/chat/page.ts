import { shellMarkup } from '../markup';

/** /chat: the streaming chat widget. The lists and messages are filled by chat/client.ts. */
export const CHAT_BODY = shellMarkup({
  title: '상담 채팅',
  loginHint: '고객 계정으로 로그인하세요.',
  main: `      <div class="chat">
        <aside class="conversations card" aria-labelledby="conversations-title">
          <h2 id="conversations-title" data-i18n="conversations">대화 목록</h2>
          <button type="button" id="new-conversation" data-i18n="newConversation">새 대화</button>
          <ul id="conversation-list"></ul>
          <p id="conversations-empty" class="empty" data-i18n="noConversations" hidden>아직 대화가 없습니다.</p>
        </aside>
        <section class="thread card" aria-labelledby="thread-title">
          <h2 id="thread-title" data-i18n="newConversation">새 대화</h2>
          <div id="messages" class="messages" role="log" aria-live="polite" aria-relevant="additions text"></div>
          <form id="composer" class="composer">
            <label for="message-input" class="visually-hidden" data-i18n="messageLabel">메시지</label>
            <textarea id="message-input" name="text" rows="2" data-i18n-placeholder="messagePlaceholder" placeholder="궁금한 점을 입력하세요"></textarea>
            <button type="submit" id="send" data-i18n="send">보내기</button>
            <button type="button" id="stop" class="secondary" data-i18n="stop" hidden>중지</button>
          </form>
          <p id="message-count" class="count" aria-live="polite" hidden></p>
          <p id="stream-status" class="status" role="status" data-state="idle"></p>
        </section>
      </div>`,
});
