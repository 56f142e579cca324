// ingest/kinds.ts: the ids a document's own extraction mints come from the kinds table, and the
// loader's guess of what cannot exist yet (graph/load.ts) reads the same prefixes.
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, ownId, ownIdPrefixes } from '../../ingest/kinds.ts';
import { normId } from '../../ingest/norms/records.ts';
import { passageId } from '../../ingest/reports/records.ts';

describe('own ids', () => {
  it('are the kind prefix, the document id and the rest', () => {
    expect(ownId('Passage', 'report-x', 'sec_2.p_3.s_1')).toBe('passage:report-x:sec_2.p_3.s_1');
    expect(ownId('Norm', 'cn-law', 'art_7:1')).toBe('norm:cn-law:art_7:1');
    expect(passageId('report-x', 'sec_1.p_1.s_2')).toBe('passage:report-x:sec_1.p_1.s_2');
    expect(normId('cn-law', { locator: 'art_7', n: 2 })).toBe('norm:cn-law:art_7:2');
  });

  it('are minted for passages and norms only, and their prefixes name the document', () => {
    expect(NODE_KINDS.filter((k) => k.own).map((k) => k.label).sort()).toEqual(['Norm', 'Passage']);
    const prefixes = ownIdPrefixes('report-x');
    expect(prefixes.sort()).toEqual(['norm:report-x:', 'passage:report-x:']);
    expect(prefixes.some((p) => passageId('report-x', 'sec_1').startsWith(p))).toBe(true);
    expect(prefixes.some((p) => passageId('report-xy', 'sec_1').startsWith(p))).toBe(false);
    expect(() => ownId('Company' as 'Norm', 'x', 'y')).toThrow(/not a kind/);
  });
});
