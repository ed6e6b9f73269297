// How the public emotion label sets map onto ours (documented in docs/counselling.md). A label mapped to null
// carries no signal for counselling (surprise, confusion, curiosity-like, determination…) and is ignored. A
// multi-label row becomes one gold label: the class with the most mapped labels, ties broken by EMOTION_PRIORITY (the states a
// counsellor must not miss first); a row with no mapped label is NEUTRAL.
import type { EmotionLabel } from './emotion.enums';

export const EMOTION_PRIORITY: EmotionLabel[] = ['ANXIOUS', 'FRUSTRATED', 'SAD', 'HOPEFUL', 'NEUTRAL'];

/** KOTE (searle-j/KOTE, 44 labels, order of labels.txt). */
export const KOTE_MAP: Record<string, EmotionLabel | null> = {
  '불평/불만': 'FRUSTRATED',
  '환영/호의': 'HOPEFUL',
  '감동/감탄': 'HOPEFUL',
  지긋지긋: 'FRUSTRATED',
  고마움: 'HOPEFUL',
  슬픔: 'SAD',
  '화남/분노': 'FRUSTRATED',
  존경: 'HOPEFUL',
  기대감: 'HOPEFUL',
  '우쭐댐/무시함': 'FRUSTRATED',
  '안타까움/실망': 'SAD',
  비장함: null,
  '의심/불신': null,
  뿌듯함: 'HOPEFUL',
  '편안/쾌적': 'HOPEFUL',
  '신기함/관심': null,
  아껴주는: 'HOPEFUL',
  부끄러움: null,
  '공포/무서움': 'ANXIOUS',
  절망: 'SAD',
  한심함: 'FRUSTRATED',
  '역겨움/징그러움': 'FRUSTRATED',
  짜증: 'FRUSTRATED',
  어이없음: 'FRUSTRATED',
  없음: 'NEUTRAL',
  '패배/자기혐오': 'SAD',
  귀찮음: 'FRUSTRATED',
  '힘듦/지침': 'SAD',
  '즐거움/신남': 'HOPEFUL',
  깨달음: 'NEUTRAL',
  죄책감: 'SAD',
  '증오/혐오': 'FRUSTRATED',
  '흐뭇함(귀여움/예쁨)': 'HOPEFUL',
  // Flustered / perplexed: KOTE's raters give it to confusion ("호주는 가을인가요?", "저게 뭔데……?") far more than to
  // worry, so it is ignored like GoEmotions' confusion and embarrassment (it made ANXIOUS gold mostly puzzlement).
  '당황/난처': null,
  경악: null,
  '부담/안_내킴': 'ANXIOUS',
  서러움: 'SAD',
  재미없음: null,
  '불쌍함/연민': 'SAD',
  놀람: null,
  행복: 'HOPEFUL',
  '불안/걱정': 'ANXIOUS',
  기쁨: 'HOPEFUL',
  '안심/신뢰': 'HOPEFUL',
};

/** GoEmotions (Demszky et al. 2020, 27 emotions + neutral, order of labels.txt). */
export const GOEMOTIONS_MAP: Record<string, EmotionLabel | null> = {
  admiration: 'HOPEFUL',
  amusement: 'HOPEFUL',
  anger: 'FRUSTRATED',
  annoyance: 'FRUSTRATED',
  approval: 'HOPEFUL',
  caring: 'HOPEFUL',
  confusion: null,
  curiosity: 'NEUTRAL',
  desire: 'HOPEFUL',
  disappointment: 'SAD',
  disapproval: 'FRUSTRATED',
  disgust: 'FRUSTRATED',
  embarrassment: null,
  excitement: 'HOPEFUL',
  fear: 'ANXIOUS',
  gratitude: 'HOPEFUL',
  grief: 'SAD',
  joy: 'HOPEFUL',
  love: 'HOPEFUL',
  nervousness: 'ANXIOUS',
  optimism: 'HOPEFUL',
  pride: 'HOPEFUL',
  realization: 'NEUTRAL',
  relief: 'HOPEFUL',
  remorse: 'SAD',
  sadness: 'SAD',
  surprise: null,
  neutral: 'NEUTRAL',
};

/** One gold label for a multi-label row, by majority of mapped labels (ties by EMOTION_PRIORITY). */
export function toSingleLabel(labelNames: string[], map: Record<string, EmotionLabel | null>): EmotionLabel {
  const votes = new Map<EmotionLabel, number>();
  for (const name of labelNames) {
    const ours = map[name];
    if (ours) votes.set(ours, (votes.get(ours) ?? 0) + 1);
  }
  let best: EmotionLabel = 'NEUTRAL';
  let bestVotes = 0;
  for (const label of EMOTION_PRIORITY) {
    const v = votes.get(label) ?? 0;
    if (v > bestVotes) {
      best = label;
      bestVotes = v;
    }
  }
  return best;
}

/**
 * Soft training target for a multi-label row: each of our classes with its share of the row's mapped labels (in
 * EMOTION_PRIORITY order); nothing mapped ⇒ NEUTRAL 1. Used to train on KOTE, whose rows carry about eight labels
 * (the union of five raters): a row whose majority is FRUSTRATED but which also has 불안/걱정 still teaches a little
 * ANXIOUS instead of none.
 */
export function toLabelShares(
  labelNames: string[],
  map: Record<string, EmotionLabel | null>,
): [EmotionLabel, number][] {
  const votes = new Map<EmotionLabel, number>();
  for (const name of labelNames) {
    const ours = map[name];
    if (ours) votes.set(ours, (votes.get(ours) ?? 0) + 1);
  }
  const n = [...votes.values()].reduce((a, b) => a + b, 0);
  if (n === 0) return [['NEUTRAL', 1]];
  return EMOTION_PRIORITY.filter((l) => votes.has(l)).map((l) => [l, (votes.get(l) ?? 0) / n]);
}
