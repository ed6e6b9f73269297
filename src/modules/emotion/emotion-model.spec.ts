import fs from 'node:fs';
import { contentHash } from '../../common/text/linear';
import { analyseEmotionText, EMOTION_MODEL_FILE, emotionModel } from './emotion-classifier';
import type { EmotionArtefact } from './emotion-model';
import { GOEMOTIONS_MAP, KOTE_MAP, toSingleLabel } from './emotion-mapping';

describe('shipped emotion model', () => {
  const artefact = JSON.parse(fs.readFileSync(EMOTION_MODEL_FILE, 'utf8')) as EmotionArtefact;

  it('is small, names its sources, and its version is the hash of its weights', () => {
    expect(fs.statSync(EMOTION_MODEL_FILE).size).toBeLessThan(2 * 1024 * 1024);
    expect(artefact.version).toBe(`emotion-${contentHash(artefact.model)}`);
    expect(artefact.attribution.join(' ')).toMatch(/KOTE.*MIT/);
    expect(artefact.attribution.join(' ')).toMatch(/GoEmotions.*Apache-2\.0/);
    expect(emotionModel()).toBe(emotionModel());
  });

  it.each([
    ['대출 연체돼서 너무 불안해요 ㅠㅠ', 'ANXIOUS'],
    ['독촉 전화 때문에 무서워요', 'ANXIOUS'],
    ['상담원이 불친절해서 진짜 화나요!!', 'FRUSTRATED'],
    ['카드값 다 갚았어요 다행이다!', 'HOPEFUL'],
    ['대출한도 얼마나와요', 'NEUTRAL'],
    ['I am so worried about my overdue loan', 'ANXIOUS'],
    ['my card was declined again, this is ridiculous', 'FRUSTRATED'],
    ['thank you so much, that really helps', 'HOPEFUL'],
  ])('%s → %s', (text, label) => {
    const r = analyseEmotionText(text);
    expect(r.label).toBe(label);
    expect(Object.values(r.scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    expect(analyseEmotionText(text)).toEqual(r);
  });

  it('intensifiers raise the intensity of the same emotion', () => {
    const calm = analyseEmotionText('연체돼서 불안해요');
    const strong = analyseEmotionText('연체돼서 너무 너무 불안해요 ㅠㅠ');
    expect(calm.label).toBe('ANXIOUS');
    expect(strong.label).toBe('ANXIOUS');
    expect(strong.intensity).toBeGreaterThan(calm.intensity);
  });

  it('negation lowers the anxiety: "걱정 없어요" is not anxious', () => {
    expect(analyseEmotionText('걱정돼요').label).toBe('ANXIOUS');
    const negated = analyseEmotionText('이제 걱정 없어요');
    expect(negated.label).not.toBe('ANXIOUS');
    expect(negated.scores.ANXIOUS).toBeLessThan(analyseEmotionText('걱정돼요').scores.ANXIOUS);
  });
});

describe('label mapping', () => {
  it('takes the majority of mapped labels, ties by priority, unmapped only → NEUTRAL', () => {
    expect(toSingleLabel(['짜증', '화남/분노', '불안/걱정'], KOTE_MAP)).toBe('FRUSTRATED');
    expect(toSingleLabel(['기쁨', '불안/걱정'], KOTE_MAP)).toBe('ANXIOUS');
    expect(toSingleLabel(['놀람', '경악'], KOTE_MAP)).toBe('NEUTRAL');
    expect(toSingleLabel(['nervousness'], GOEMOTIONS_MAP)).toBe('ANXIOUS');
    expect(toSingleLabel(['joy', 'relief', 'sadness'], GOEMOTIONS_MAP)).toBe('HOPEFUL');
  });

  it('covers all 44 KOTE and 28 GoEmotions labels', () => {
    expect(Object.keys(KOTE_MAP)).toHaveLength(44);
    expect(Object.keys(GOEMOTIONS_MAP)).toHaveLength(28);
  });
});
