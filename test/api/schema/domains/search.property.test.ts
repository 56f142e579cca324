// escapeLucene (api/domains/search.ts): user text is taken literally by the full-text index.
// Unit properties: every Lucene special character comes out escaped, operators lose their meaning,
// and unescaping gives back the input (modulo the lower-cased operator words). The same property
// runs against Neo4j's real index in test/reliability/lucene-index.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLucene } from '../../../../api/domains/search.ts';

const SPECIAL = '+-&|!(){}[]^"~*?:\\/';
const luceneish = fc
  .array(fc.oneof(fc.constantFrom(...SPECIAL.split(''), 'AND', 'OR', 'NOT', 'TO', ' ', '*:*', 'title:', '")', '//'), fc.string({ maxLength: 4 })), { maxLength: 30 })
  .map((xs) => xs.join(''));

/** Splits escaped output into literal characters; fails on a dangling or missing escape. */
function literalChars(escaped: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < escaped.length; i++) {
    const c = escaped[i]!;
    if (c === '\\') {
      const next = escaped[i + 1];
      if (next === undefined) throw new Error(`dangling backslash in ${escaped}`);
      out.push(next);
      i++;
      continue;
    }
    if (SPECIAL.includes(c)) throw new Error(`unescaped "${c}" in ${escaped}`);
    out.push(c);
  }
  return out;
}

describe('escapeLucene (properties)', () => {
  it('escapes every special character and unescapes back to the input', () => {
    fc.assert(
      fc.property(fc.oneof(luceneish, fc.string({ maxLength: 100 }), fc.string({ unit: 'grapheme', maxLength: 50 })), (s) => {
        const literal = literalChars(escapeLucene(s)).join('');
        expect(literal).toBe(s.replace(/\b(AND|OR|NOT|TO)\b/g, (m) => m.toLowerCase()));
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves no upper-case boolean operator words', () => {
    fc.assert(
      fc.property(luceneish, (s) => {
        expect(escapeLucene(s)).not.toMatch(/\b(AND|OR|NOT|TO)\b/);
      }),
      { numRuns: 3000 },
    );
  });
});
