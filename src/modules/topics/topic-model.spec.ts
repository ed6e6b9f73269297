import fs from 'node:fs';
import { contentHash } from '../../common/text/linear';
import { classifyTopicText, TOPIC_MODEL_FILE, topicModel } from './topic-classifier';
import type { TopicArtefact } from './topic-model';
import { keywordIntents } from './intent-keywords';

describe('shipped topic model', () => {
  const artefact = JSON.parse(fs.readFileSync(TOPIC_MODEL_FILE, 'utf8')) as TopicArtefact;

  it('is small, names its sources, and its version is the hash of its weights', () => {
    expect(fs.statSync(TOPIC_MODEL_FILE).size).toBeLessThan(2 * 1024 * 1024);
    expect(artefact.version).toBe(`topic-${contentHash([artefact.topic, artefact.intent])}`);
    expect(artefact.attribution.join(' ')).toMatch(/banking77.*CC BY 4\.0/);
    expect(artefact.attribution.join(' ')).toMatch(/CLINC150.*CC BY 3\.0/);
  });

  it('loads once per process', () => {
    expect(topicModel()).toBe(topicModel());
  });

  it.each([
    ['이번달 대출 상환을 못할 것 같아요', 'FINANCE', 'REPAYMENT_TROUBLE'],
    ['대출한도 얼마나와요', 'FINANCE', 'LOAN_LIMIT'],
    ['고금리 대출 갈아타고 싶어요', 'FINANCE', 'REFINANCE'],
    ['카드 분실했어요', 'FINANCE', 'CARD'],
    ['이번달 어디에 돈 제일 많이 썼어?', 'FINANCE', 'SPENDING'],
    ['적금 들고 싶어요', 'FINANCE', 'SAVING'],
    ['기준금리 내년에 내릴까요', 'FINANCE', 'FORECAST'],
    ['거래내역 csv 업로드가 안돼요', 'FINANCE', 'UPLOAD_FAQ'],
    ['my card was declined', 'FINANCE', 'CARD'],
    ['오늘 날씨 좋다', 'GENERAL', null],
    ['점심 뭐 먹지', 'GENERAL', null],
    ['what is the capital of france', 'GENERAL', null],
  ])('%s → %s / %s', (text, topic, intent) => {
    const r = classifyTopicText(text);
    expect(r.topic).toBe(topic);
    expect(r.intent?.label ?? null).toBe(intent);
    expect(r.confidence).toBeGreaterThanOrEqual(0.5);
    expect(classifyTopicText(text)).toEqual(r);
  });

  it('gives intent alternatives in decreasing order, probabilities summing to at most 1', () => {
    const r = classifyTopicText('대환하면 이자 얼마나 줄어요');
    const all = [r.intent!, ...r.alternatives];
    expect(all.map((a) => a.confidence)).toEqual([...all.map((a) => a.confidence)].sort((a, b) => b - a));
    expect(all.reduce((s, a) => s + a.confidence, 0)).toBeLessThanOrEqual(1 + 1e-9);
  });
});

describe('intent keywords', () => {
  it('match spacing variants and English', () => {
    expect(keywordIntents('대출 갈아 타고 싶어')).toEqual(expect.arrayContaining(['LOANS', 'REFINANCE']));
    expect(keywordIntents('I missed my payment')).toContain('REPAYMENT_TROUBLE');
    expect(keywordIntents('오늘 날씨 좋다')).toEqual([]);
  });
});
