// The /loans page's FAQ section (ADMIN only): lists the FAQ entries the staff FAQ bot answers from and saves an
// edited answer or question variants (one per line) with the version it was loaded at (a newer one is a conflict).
// Every save is a versioned, audited change that every replica's bot uses at once.
import {
  LoansPageFaqDocument,
  LoansPageSaveFaqDocument,
  type LoansPageFaqQuery,
} from '../generated/operations';
import type { Dictionary } from '../client/i18n';
import { byId, h, type Shell } from '../client/shell';

type Entry = LoansPageFaqQuery['faqCatalogue']['entries'][number];

export const FAQ_DICTIONARY: Dictionary = {
  faqTitle: { ko: 'FAQ 관리', en: 'FAQ administration' },
  faqHint: {
    ko: '직원용 FAQ 봇이 답하는 항목입니다. 질문 표현은 한 줄에 하나씩, 답변에는 {placeholders} 같은 자리표시자를 쓸 수 있습니다.',
    en: 'What the staff FAQ bot answers. One question variant per line; answers may use placeholders such as {placeholders}.',
  },
  faqQuestionsKo: { ko: '질문 표현 (한국어)', en: 'Question variants (Korean)' },
  faqQuestionsEn: { ko: '질문 표현 (영어)', en: 'Question variants (English)' },
  faqAnswerKo: { ko: '답변 (한국어)', en: 'Answer (Korean)' },
  faqAnswerEn: { ko: '답변 (영어)', en: 'Answer (English)' },
  faqSave: { ko: '저장', en: 'Save' },
  faqSaved: { ko: '저장했습니다 (버전 {version}).', en: 'Saved (version {version}).' },
  faqVersion: { ko: '버전 {version}', en: 'version {version}' },
};

let entries: Entry[] = [];
let placeholders: string[] = [];

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

function field(label: string, control: HTMLTextAreaElement): HTMLLabelElement {
  return h('label', {}, h('span', {}, label), control);
}

function textarea(name: string, value: string, rows: number, maxLength: number): HTMLTextAreaElement {
  const el = h('textarea', { name, rows: String(rows), maxlength: String(maxLength) });
  el.value = value;
  return el;
}

function entryForm(shell: Shell, entry: Entry): HTMLElement {
  const { i18n } = shell;
  const qKo = textarea('questionsKo', entry.questionsKo.join('\n'), 3, 6000);
  const qEn = textarea('questionsEn', entry.questionsEn.join('\n'), 3, 6000);
  const aKo = textarea('answerKo', entry.answerKo, 3, 2000);
  const aEn = textarea('answerEn', entry.answerEn, 3, 2000);
  const status = h('p', { class: 'note', role: 'status' });
  const save = h('button', { type: 'submit' }, i18n.t('faqSave'));
  const form = h(
    'form',
    { class: 'faq-entry', 'data-key': entry.key },
    h('h3', {}, `${entry.key} · ${i18n.t('faqVersion', { version: entry.version })}`),
    field(i18n.t('faqQuestionsKo'), qKo),
    field(i18n.t('faqQuestionsEn'), qEn),
    field(i18n.t('faqAnswerKo'), aKo),
    field(i18n.t('faqAnswerEn'), aEn),
    save,
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save.disabled = true;
    void (async () => {
      try {
        const { updateFaqEntry } = await shell.session.execute(LoansPageSaveFaqDocument, {
          input: {
            id: entry.id,
            expectedVersion: entry.version,
            questionsKo: lines(qKo.value),
            questionsEn: lines(qEn.value),
            answerKo: aKo.value,
            answerEn: aEn.value,
          },
        });
        entries = entries.map((e) => (e.id === updateFaqEntry.id ? updateFaqEntry : e));
        renderFaq(shell);
        const saved = byId('faq-list').querySelector(
          `form[data-key="${CSS.escape(entry.key)}"] [role="status"]`,
        );
        if (saved) saved.textContent = i18n.t('faqSaved', { version: updateFaqEntry.version });
      } catch (error) {
        status.textContent = shell.describe(error);
        status.classList.add('error');
        save.disabled = false;
      }
    })();
  });
  return form;
}

export function renderFaq(shell: Shell): void {
  byId('faq-hint').textContent = shell.i18n.t('faqHint', {
    placeholders: placeholders
      .slice(0, 2)
      .map((p) => `{{${p}}}`)
      .join(', '),
  });
  byId('faq-list').replaceChildren(...entries.map((e) => entryForm(shell, e)));
}

/** Loads and shows the FAQ section for an ADMIN; hides it for anyone else. */
export async function loadFaq(shell: Shell, role: string): Promise<void> {
  const section = byId('faq-admin');
  section.hidden = role !== 'ADMIN';
  if (section.hidden) return;
  try {
    const { faqCatalogue } = await shell.session.execute(LoansPageFaqDocument, {});
    entries = faqCatalogue.entries;
    placeholders = faqCatalogue.placeholders.map((p) => p.name);
    renderFaq(shell);
  } catch (error) {
    shell.showError(shell.describe(error));
  }
}

export function clearFaq(): void {
  entries = [];
  byId('faq-admin').hidden = true;
  byId('faq-list').replaceChildren();
}
