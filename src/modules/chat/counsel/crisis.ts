// Words of self-harm in a counselling chat ("빚 때문에 죽고 싶어요"). Money trouble is a known risk factor, and a
// counsellor that answers such a message with loan figures alone has failed the person asking. A turn that carries
// them is answered, before anything else and whoever writes the answer (offline counsellor, model or cache), with
// the 24-hour crisis lines of Korea — 자살예방상담전화 109 (the national number since 2024-01-01) and
// 정신건강위기상담전화 1577-0199 — and 112/119 for an emergency; then the usual answer follows. Pure.
import { SELF_HARM } from '../../emotion';
import type { ChatLanguage } from './counsellor';

/** True when the message speaks of ending one's life or harming oneself (Korean or English). */
export function mentionsSelfHarm(text: string): boolean {
  return SELF_HARM.test(text);
}

const PREFACE: Record<ChatLanguage, string> = {
  ko:
    '지금 많이 힘드시다는 말씀이 마음에 걸립니다. 혼자 견디지 마시고, 지금 바로 자살예방상담전화 ☎ 109(24시간)나 ' +
    '정신건강위기상담전화 ☎ 1577-0199로 이야기해 주세요. 위급하면 112나 119에 연락하세요. ' +
    '돈 문제라면 방법이 있습니다. 아래에서 하나씩 함께 정리해 드릴게요.',
  en:
    'I am worried about what you wrote. Please do not carry this alone: call the suicide prevention line 109 ' +
    '(24 hours, in Korea) or the mental health crisis line 1577-0199 now, and 112 or 119 in an emergency. ' +
    'If money is part of it, it can be worked out; below is where to start, one step at a time.',
};

/** What is said first in a turn that speaks of self-harm, in the turn's language. */
export function crisisPreface(language: ChatLanguage): string {
  return PREFACE[language];
}
