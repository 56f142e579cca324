// The literal gate (ingest/text/literal-gate.ts): the literals derived from patterns written for this test, and the gate's
// soundness: a pattern that matches in a text is never ruled out for it (fast-check over texts built from the patterns'
// own words, their case changed, and noise; and over slices of random texts written as patterns, with the characters
// lower-casing treats apart: ſ, the Kelvin sign, İ, final sigma).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derive, gatedExec, gatedMatchAll, gatedTest, gateFor, gatePasses, mayMatch } from '../../../ingest/text/literal-gate.ts';

const lits = (re: RegExp) => {
  const d = derive(re.source, re.flags);
  return d ? [...d].sort() : null;
};

describe('required literals', () => {
  it('a literal, lower-cased', () => {
    expect(lits(/Entity List/)).toEqual(['entity list']);
    expect(lits(/\bit is hereby ordered\b/i)).toEqual(['it is hereby ordered']);
  });
  it('an alternation needs one of its alternatives; a sequence its best part', () => {
    expect(lits(/\b(?:and|then)\s+(?:has|have)\b/)).toEqual(['and', 'then']);
    expect(lits(/\b(?:ban|prohibit)(?:s|ed)?\s+\w+/i)).toEqual(['ban', 'prohibit']);
    expect(lits(/foo|\d+/)).toBeNull();
  });
  it('an optional part is no requirement, a required one is', () => {
    expect(lits(/(?:the\s+)?companies/)).toEqual(['companies']);
    expect(lits(/(?:export)?\s*\d+/)).toBeNull();
    expect(lits(/(?:tariff)+\d/)).toEqual(['tariff']);
    expect(lits(/sanctions?/)).toEqual(['sanction']);
  });
  it('a small class is spelled out; a range, a negation or a set is not', () => {
    expect(lits(/[Tt]he\s+Order/)).toEqual(['order']);
    expect(lits(/[’']s\s/)).toEqual(["'s", '’s']);
    expect(lits(/[^a]bc/)).toEqual(['bc']);
    expect(lits(/[a-z]+\s+\p{Lu}/u)).toBeNull();
  });
  it('a lookaround: a positive one may need its body, a negative one never does', () => {
    expect(lits(/\d+(?=\s*percent)/)).toEqual(['percent']);
    expect(lits(/(?<=under\s)\d+/)).toEqual(['under']);
    expect(lits(/(?<!not\s)\d+/)).toBeNull();
    expect(lits(/^(?!never)\w+ed\b/)).toEqual(['ed']);
  });
  it('flags: i and u read alike; a cased non-ASCII letter is cut out', () => {
    expect(lits(/Über\s+uns/u)).toEqual(['ber']);
    expect(lits(/列入|纳入/u)).toEqual(['列入', '纳入']);
    expect(lits(/\u2019s/iu)).toEqual(['’s']);
    expect(lits(/(?<id>Docket)\s+\k<id>/u)).toEqual(['docket']);
  });
  it('a pattern that cannot be parsed always runs', () => {
    expect(derive('(', '')).toBeNull();
  });
});

describe('the gate', () => {
  it('rules out a text without the literals, lets one with them through', () => {
    expect(mayMatch(/\bhereby ordered\b/i, 'The Council added X.')).toBe(false);
    expect(mayMatch(/\bhereby ordered\b/i, 'It is HEREBY ORDERED that')).toBe(true);
    expect(mayMatch(/[a-z]+/, 'anything')).toBe(true);
  });
  it('folds ſ and the Kelvin sign as /iu does', () => {
    expect(/sanctions/iu.test('ſanctions')).toBe(true);
    expect(mayMatch(/sanctions/iu, 'ſanctions')).toBe(true);
    expect(/kit/iu.test('\u212Ait')).toBe(true);
    expect(mayMatch(/kit/iu, '\u212Ait')).toBe(true);
  });
  it('answers by a gate kept apart (gateFor, gatePasses) as mayMatch does, for patterns with and without literals', () => {
    const res = [/\bhereby ordered\b/i, /[a-z]+/, /sanctions/iu, /(?:bans?|prohibits?)\s+exports/i];
    const gates = res.map(gateFor);
    expect(gates[1]).toBeNull();
    const texts = ['The Council added X.', 'It is HEREBY ORDERED that', 'ſanctions on steel', 'the ministry bans exports', '', 'prohibit'];
    const kept = gates.map((g) => texts.map((t) => gatePasses(g, t)));
    expect(kept).toEqual(res.map((re) => texts.map((t) => mayMatch(re, t))));
    expect(kept[0]).toEqual([false, true, false, false, false, false]);
    expect(kept[3]).toEqual([false, false, false, true, false, false]);
  });
  it('resets lastIndex where it rules a global pattern out, as a failed run does', () => {
    const re = /ban/g;
    re.lastIndex = 3;
    expect(gatedTest(re, 'nothing here')).toBe(false);
    expect(re.lastIndex).toBe(0);
    re.lastIndex = 2;
    expect(gatedExec(re, 'no match')).toBeNull();
    expect(re.lastIndex).toBe(0);
    expect(gatedExec(/b(a)n/, 'a ban')?.[1]).toBe('a');
  });

  const patterns = [
    /\b(?:the\s+)?(?:Entity|Unverified)\s+List\b/,
    /\b[Tt]he\s+(?:company|firm)s?\b(?!['’]s)/,
    /(?<![\p{L}\p{N}])(?:ban(?:s|ned|ning)?|prohibit(?:s|ed|ing)?)(?![\p{L}\p{N}])/iu,
    /^(?:(?:\s*,)?\s+(?:and|or)\s+[^;]{0,20}?)?\s*,?\s+(?:imposed|adopted)\s+(?:on|against)\s+$/i,
    /(?:列入|纳入)《?$/u,
    /\b(?:we|our|us)\b|公告如下/i,
    /(?=.*\bsanction)\w+\s+(?:by|under)\b/is,
    /[’']s?\s+(?:subsidiar(?:y|ies)|affiliates?)/i,
  ];
  const words = ['the', 'The', 'Entity', 'entity', 'List', 'company', 'Companys', 'firm', "'s", '’s', 'ban', 'BANNED', 'prohibits', 'and', 'or', ',', ';', 'imposed', 'Adopted', 'on', 'against', '列入', '纳入', '《', 'we', 'Our', 'US', '公告如下', 'sanction', 'by', 'under', 'subsidiary', 'Affiliates', 'x', '1'];
  const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', '', '  ', '\n', '-')), { maxLength: 12 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
  it('finds any slice of a text written as a pattern, in any case (property)', () => {
    const unit = fc.constantFrom(...'aAbBsSkKzZ ſ\u212A,-’列入《İΣσς1'.split(''));
    const asPattern = (w: string) => w.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(), fc.constantFrom('', 'i', 'iu', 'u'), (units, x, y, flags) => {
        const text = units.join('');
        const from = x % text.length;
        const to = from + 1 + (y % (text.length - from));
        const re = new RegExp(asPattern(text.slice(from, to).toUpperCase()), flags);
        if (re.test(text)) expect(mayMatch(re, text)).toBe(true);
        expect(mayMatch(new RegExp(asPattern(text.slice(from, to)), flags), text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
  it('never rules out a text a pattern matches in (property)', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...patterns), (t, re) => {
        if (re.test(t)) expect(mayMatch(re, t)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  const all = (it: Iterable<RegExpExecArray>) => [...it].map((m) => [m.index, ...m]);
  it('gatedMatchAll gives the matches matchAll gives, in order', () => {
    const re = /\b(?:in\s+consultation|together)\s+with\b/gi;
    const sentence = 'The Bureau, in consultation with the Harbour Agency and together with the Port Board, shall act.';
    expect(all(gatedMatchAll(re, sentence))).toEqual(all(sentence.matchAll(re)));
    expect(all(gatedMatchAll(re, sentence))).toHaveLength(2);
    // No literal of the pattern, and the literals without a match: none.
    expect(all(gatedMatchAll(re, 'The Bureau shall act alone.'))).toEqual([]);
    expect(all(gatedMatchAll(re, 'Consultation with the Bureau went on together.'))).toEqual([]);
    // From the pattern's lastIndex, as matchAll reads it, and leaving it as it was.
    re.lastIndex = 20;
    expect(all(gatedMatchAll(re, sentence))).toEqual(all(sentence.matchAll(re)));
    expect(re.lastIndex).toBe(20);
    expect(() => gatedMatchAll(/with/i, sentence)).toThrow(TypeError);
  });
  it('gatedMatchAll gives what matchAll gives (property)', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...patterns), (t, p) => {
        const re = new RegExp(p.source, `${p.flags}g`);
        expect(all(gatedMatchAll(re, t))).toEqual(all(t.matchAll(re)));
      }),
      { numRuns: 2000 },
    );
  });
});
