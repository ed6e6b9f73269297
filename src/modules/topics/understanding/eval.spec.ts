// Quality gate over data: the shipped understanding layer on the dev split (never trained on) must keep intent
// accuracy ≥ 0.95 and slot micro-F1 ≥ 0.90 in Korean and in English, so a regression fails CI.
import { COUNSEL_INTENTS } from '../counsel-intents';
import { TRAIN } from './data/train';
import { DEV, DEV_FOLLOW_UPS } from './data/dev';
import { devQuestions, evaluateIntents, questionsOf } from './eval';
import { understandMessage } from './understand';

describe('counsel intent data', () => {
  const train = questionsOf(TRAIN);
  const dev = devQuestions();

  it('has ≥ 450 training and ≥ 250 dev questions, Korean and English roughly half each', () => {
    expect(train.length).toBeGreaterThanOrEqual(450);
    expect(dev.length).toBeGreaterThanOrEqual(250);
    for (const set of [train, dev]) {
      const ko = set.filter((q) => q.language === 'KO').length / set.length;
      expect(ko).toBeGreaterThan(0.4);
      expect(ko).toBeLessThan(0.6);
    }
  });

  it('covers every intent with ≥ 8 dev questions per language', () => {
    for (const intent of COUNSEL_INTENTS) {
      for (const language of ['KO', 'EN'] as const) {
        expect(
          dev.filter((q) => q.intent === intent && q.language === language).length,
        ).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it('never trains on a dev question', () => {
    const norm = (t: string) => t.toLowerCase().replace(/[\s?.!,]/g, '');
    const trained = new Set(train.map((q) => norm(q.text)));
    expect(dev.filter((q) => trained.has(norm(q.text))).map((q) => q.text)).toEqual([]);
    expect(Object.keys(DEV).sort()).toEqual([...COUNSEL_INTENTS].sort());
  });
});

describe('dev split quality gate', () => {
  const e = evaluateIntents(understandMessage);

  it.each(['KO', 'EN'] as const)('%s: intent accuracy ≥ 0.95, slot F1 ≥ 0.90', (language) => {
    expect(e.byLanguage[language].intentAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(e.byLanguage[language].slotF1).toBeGreaterThanOrEqual(0.9);
  });

  it('follow-ups: every dev follow-up gets intent, slots and inherited slots right', () => {
    expect(e.followUps.failures).toEqual([]);
    expect(e.followUps.n).toBe(DEV_FOLLOW_UPS.length);
  });

  it('counts a wrong slot as both a miss and a spurious pair (hand-checked example)', () => {
    const one = evaluateIntents(
      () => ({
        intent: 'SPENDING',
        confidence: 1,
        slots: { period: { kind: 'THIS_MONTH' }, category: 'FOOD' },
        inherited: [],
        alternatives: [],
      }),
      [
        {
          text: 'x',
          intent: 'SPENDING',
          slots: { period: { kind: 'LAST_MONTH' }, category: 'FOOD' },
          language: 'KO',
        },
      ],
      [],
    );
    // gold {period=LAST_MONTH, category=FOOD}, got {period=THIS_MONTH, category=FOOD}: tp 1, fp 1, fn 1.
    expect(one.byLanguage.KO).toMatchObject({
      intentAccuracy: 1,
      slotPrecision: 0.5,
      slotRecall: 0.5,
      slotF1: 0.5,
    });
  });
});
