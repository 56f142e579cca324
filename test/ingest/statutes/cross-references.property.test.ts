// Property tests for cross-reference parsing (fast-check). Contract of findCrossReferences(p):
// never throws on any text; every reference has 0 <= start < end <= text.length and
// text === p.text.slice(start, end); targets are locators (art_…); output is bounded by the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SubProvision } from '../../../ingest/model.ts';
import { findCrossReferences } from '../../../ingest/statutes/cross-references.ts';

/** A provision the way the Chinese Markdown adapter builds one: paragraphs joined by "\n". */
function provision(text: string, locator = 'art_7') {
  const paragraphs: SubProvision[] = [];
  let offset = 0;
  text.split('\n').forEach((t, i) => {
    paragraphs.push({ locator: `${locator}__para_${i + 1}`, number: String(i + 1), text: t, start: offset, end: offset + t.length });
    offset += t.length + 1;
  });
  return { locator, text, paragraphs };
}

// Pieces of real references, recombined at random. 万/亿 are left out here so that a random
// "第一条至第一亿条" does not stall the run; the range bound has its own test below.
const zhTokens = [
  '第', '条', '款', '项', '之', '至', '本法', '本条', '本条例', '前款', '前两款', '前条', '、', '和', '或者', '，',
  '《', '》', '《中华人民共和国刑法》', '零', '一', '二', '两', '三', '五', '九', '十', '百', '千', '\n', '规定', '的',
];
const enTokens = [
  'Article', 'Articles', ' ', ' ', '\u00a0', '(', ')', '1', '6', '12', '(1)', '(a)', '(b)', 'a', 'to', 'and', 'or', ',',
  'paragraph', 'paragraphs', 'point', 'points', 'of', 'this', 'that', 'Regulation', 'Directive', '(EU)', '2016/679',
  'No', 'TFEU', 'the Charter', 'first subparagraph', '\n',
];
const fromTokens = (tokens: string[]) => fc.array(fc.constantFrom(...tokens), { maxLength: 40 }).map((t) => t.join(''));
const anyText = fc.oneof(fromTokens(zhTokens), fromTokens(enTokens), fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 80 }));

function checkInvariants(text: string, language?: string): void {
  const p = provision(text);
  const refs = findCrossReferences(p, language);
  for (const r of refs) {
    expect(r.start).toBeGreaterThanOrEqual(0);
    expect(r.end).toBeGreaterThan(r.start);
    expect(r.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(r.targetLocator).toMatch(/^art_/);
    if (r.external) expect(r.act).toBeTruthy();
  }
}

describe('cross-references (properties)', () => {
  it('never throw; offsets are in bounds and slice to the reported text (Chinese)', () => {
    fc.assert(fc.property(fromTokens(zhTokens), (t) => checkInvariants(t, 'zh')), { numRuns: 3000 });
  });

  it('never throw; offsets are in bounds and slice to the reported text (English)', () => {
    fc.assert(fc.property(fromTokens(enTokens), (t) => checkInvariants(t, 'en')), { numRuns: 3000 });
  });

  it('never throw on arbitrary text, whatever the language guess', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(undefined, 'zh', 'en'), (t, lang) => checkInvariants(t, lang)),
      { numRuns: 3000 },
    );
  });

  it('keep the same invariants inside long text (offsets far from 0)', () => {
    const pad = '为了测试。'.repeat(2000);
    fc.assert(fc.property(fromTokens(zhTokens), (t) => checkInvariants(`${pad}${t}${pad}`, 'zh')), { numRuns: 200 });
  });
});

describe('cross-references: bounded output', () => {
  // A range expands to one reference per article: an absurd range in a (malformed or hostile)
  // source must not turn one sentence into a million references and exhaust memory.
  it('a Chinese article range expands to a bounded number of targets', () => {
    const refs = findCrossReferences(provision('依照第一条至第一百万条的规定。'), 'zh');
    expect(refs.length).toBeLessThanOrEqual(1000);
  });

  it('an English article range expands to a bounded number of targets', () => {
    const refs = findCrossReferences(provision('as referred to in Articles 1 to 1000000.'), 'en');
    expect(refs.length).toBeLessThanOrEqual(1000);
  });
});
