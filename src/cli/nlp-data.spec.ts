import { isKoteDev, unseenKoteRows } from './nlp-data';

// Texts whose dev status by hash is known, found among a few candidates (the rule is a fixed hash).
const candidates = Array.from({ length: 60 }, (_, i) => `댓글 ${i}번째 문장이에요`);
const dev = candidates.filter(isKoteDev);
const trainSide = candidates.filter((t) => !isKoteDev(t));
const row = (text: string) => ({ text, labels: [0] });

describe('unseenKoteRows (eval:emotion on KOTE)', () => {
  it('finds both kinds of text among the candidates', () => {
    expect(dev.length).toBeGreaterThan(0);
    expect(trainSide.length).toBeGreaterThan(0);
  });

  it('on the training file itself, keeps exactly its dev hold-out', () => {
    const training = candidates.map(row);
    expect(unseenKoteRows(training, training).map((r) => r.text)).toEqual(dev);
  });

  it('on another file, keeps every row not trained on, whatever its hash', () => {
    const training = candidates.slice(0, 30).map(row);
    const other = [...candidates.slice(20, 60), '처음 보는 댓글'].map(row);
    const kept = unseenKoteRows(other, training).map((r) => r.text);
    const trainedOn = new Set(candidates.slice(0, 30).filter((t) => !isKoteDev(t)));
    expect(kept).toEqual(other.map((r) => r.text).filter((t) => !trainedOn.has(t)));
    expect(kept).toContain('처음 보는 댓글');
    expect(kept.filter((t) => !isKoteDev(t)).length).toBeGreaterThan(0); // more than the hash rule would keep
  });

  it('without the training file, falls back to the hash rule', () => {
    expect(unseenKoteRows(candidates.map(row)).map((r) => r.text)).toEqual(dev);
  });
});
