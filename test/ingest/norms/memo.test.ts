// Remembered readings (ingest/norms/memo.ts): an answer is computed once per key, frozen so no reader can
// change another's, and kept per owner; the matchers built on it answer as the unremembered scans do.
import { describe, expect, it } from 'vitest';
import { matchersFor } from '../../../ingest/norms/matchers.ts';
import { Memo, MemoPer, PairMemo, remembered, rememberedTogether } from '../../../ingest/norms/memo.ts';
import { defaultVocabulary } from '../../../ingest/vocab/index.ts';

describe('Memo', () => {
  it('computes an answer once per key, undefined answers included', () => {
    const memo = new Memo<number | undefined>();
    let calls = 0;
    const read = (key: string) => memo.get(key, () => {
      calls++;
      return key === 'none' ? undefined : key.length;
    });
    expect([read('abc'), read('abc'), read('none'), read('none'), read('de')]).toEqual([3, 3, undefined, undefined, 2]);
    expect(calls).toBe(3);
  });

  it('freezes answers and the objects of an answer list, so a mutating caller fails loudly', () => {
    const spans = remembered((text: string) => [{ start: 0, end: text.length }]);
    const first = spans('sentence');
    expect(spans('sentence')).toBe(first);
    expect(() => first.push({ start: 1, end: 2 })).toThrow(TypeError);
    expect(() => {
      (first[0] as { start: number }).start = 5;
    }).toThrow(TypeError);
  });

  it('keeps one memo per owner', () => {
    const per = new MemoPer<object, string>();
    const a = {};
    const b = {};
    per.of(a).get('k', () => 'from a');
    expect(per.of(a).get('k', () => 'again')).toBe('from a');
    expect(per.of(b).get('k', () => 'from b')).toBe('from b');
  });
});

describe('PairMemo', () => {
  it('answers each pair as the uncached reading does, once per pair, the two keys kept apart', () => {
    const read = (kind: string, term: string) => (kind === 'none' ? undefined : `${kind}/${term}`);
    const memo = new PairMemo<string | undefined>();
    let calls = 0;
    const cached = (kind: string, term: string) => memo.get(kind, term, () => {
      calls++;
      return read(kind, term);
    });
    // "a:b" + "c" and "a" + "b:c" joined the same way are different pairs.
    const pairs: [string, string][] = [['actor', 'the operator'], ['authority', 'the operator'], ['a:b', 'c'], ['a', 'b:c'], ['none', 'x'], ['actor', 'the operator'], ['none', 'x'], ['a', 'b:c']];
    expect(pairs.map(([k, t]) => cached(k, t))).toEqual(pairs.map(([k, t]) => read(k, t)));
    expect(calls).toBe(5);
  });

  it('stays bounded: past 20,000 answers it drops them all and reads again, with the same answers', () => {
    const memo = new PairMemo<number>();
    let calls = 0;
    const cached = (i: number) => memo.get(i % 2 ? 'odd' : 'even', `t${i}`, () => {
      calls++;
      return i;
    });
    for (let i = 0; i < 20_000; i++) cached(i);
    expect(cached(0)).toBe(0);
    expect(calls).toBe(20_000);
    expect(cached(20_000)).toBe(20_000);
    expect(cached(1)).toBe(1);
    expect(calls).toBe(20_002);
  });
});

describe('rememberedTogether', () => {
  it("computes each reader's answer once per text, its own and not another reader's, past the last few texts asked of", () => {
    const calls: string[] = [];
    const r = rememberedTogether({
      length: (text: string) => {
        calls.push(`length ${text}`);
        return text.length;
      },
      words: (text: string) => {
        calls.push(`words ${text}`);
        return text.split(' ');
      },
    });
    const texts = ['a b', 'c d e', 'f', 'g h', 'i j k l', 'm'];
    const first = texts.map((t) => [r.length(t), r.words(t)]);
    // Asked again after more texts than the recent ones: from the table, the same (frozen) answers.
    const again = texts.map((t) => [r.length(t), r.words(t)]);
    expect(first.map(([n]) => n)).toEqual([3, 5, 1, 3, 7, 1]);
    expect(again).toEqual(first);
    expect(again.map(([, w]) => w)).toEqual(first.map(([, w]) => w));
    expect(again[4]?.[1]).toBe(first[4]?.[1]);
    expect(calls).toEqual(texts.flatMap((t) => [`length ${t}`, `words ${t}`]));
    expect(() => (r.words('a b') as string[]).push('x')).toThrow(TypeError);
  });
});

describe('remembered matchers', () => {
  it('answer a repeated sentence as they answered it the first time', () => {
    const m = matchersFor(defaultVocabulary(), 'zh');
    const sentence = '网络运营者应当为公安机关、国家安全机关依法维护国家安全和侦查犯罪的活动提供技术支持和协助。';
    const first = { mentions: [...m.mentions(sentence)], markers: [...m.markers(sentence)], actions: [...m.actions(sentence)] };
    expect(first.markers.map((k) => k.text)).toEqual(['应当']);
    expect(first.mentions.map((x) => x.id)).toContain('network-operator');
    expect({ mentions: m.mentions(sentence), markers: m.markers(sentence), actions: m.actions(sentence) }).toEqual(first);
  });
});
