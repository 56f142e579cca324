// Which of a document's bodies of one head a bare head means, from the mentions of the sentences read before it
// (body-antecedents.ts). Own mentions of fictional bodies.
import { describe, expect, it } from 'vitest';
import { antecedentBody, paragraphOf, sectionOf } from '../../../ingest/recognize/body-antecedents.ts';
import type { Mention } from '../../../ingest/recognize/matcher.ts';

const body = (id: string): Mention => ({ id, label: 'Authority', start: 0, end: 10, surface: id, via: 'test', confidence: 1 });
const A = body('authority:~a-commission');
const B = body('authority:~b-commission');
const sentence = (locator: string, ...mentions: Mention[]) => ({ sentence: { locator }, mentions });

describe('locators', () => {
  it('name the section and the paragraph of a sentence', () => {
    expect(sectionOf('sec_2.p_3.s_1')).toBe('sec_2');
    expect(paragraphOf('sec_2.p_3.s_1')).toBe('sec_2.p_3');
    expect(sectionOf('p_12.para_3.s_1')).toBe('p_12');
  });
});

describe('antecedentBody', () => {
  it('takes the body the nearest sentence of the paragraph or the one before names', () => {
    const read = [sentence('sec_1.p_1.s_1', A), sentence('sec_1.p_2.s_1', B), sentence('sec_1.p_3.s_1')];
    expect(antecedentBody([A, B], { read, locator: 'sec_1.p_3.s_2' }, [])).toEqual({ body: B, via: 'earlier-in-section' });
  });

  it('takes none where that sentence names both, or this sentence names one', () => {
    expect(antecedentBody([A, B], { read: [sentence('sec_1.p_1.s_1', A, B)], locator: 'sec_1.p_1.s_2' }, [])).toBeUndefined();
    expect(antecedentBody([A, B], { read: [sentence('sec_1.p_1.s_1', A)], locator: 'sec_1.p_1.s_2' }, [B])).toBeUndefined();
  });

  it('takes none where the section named one further back than the paragraph before', () => {
    const read = [sentence('sec_1.p_1.s_1', A, A), sentence('sec_2.p_1.s_1', B), sentence('sec_2.p_2.s_1'), sentence('sec_2.p_3.s_1')];
    expect(antecedentBody([A, B], { read, locator: 'sec_2.p_4.s_1' }, [])).toBeUndefined();
  });

  it('in a section that names neither, takes the body named most so far, none on a tie', () => {
    const read = [sentence('sec_1.p_1.s_1', A), sentence('sec_1.p_1.s_2', A), sentence('sec_2.p_1.s_1', B)];
    expect(antecedentBody([A, B], { read, locator: 'sec_3.p_1.s_1' }, [])).toEqual({ body: A, via: 'most-named' });
    expect(antecedentBody([A, B], { read: read.slice(1), locator: 'sec_3.p_1.s_1' }, [])).toBeUndefined();
  });
});
