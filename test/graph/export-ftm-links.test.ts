// The FollowTheMoney export's links (graph/export-ftm.ts linkOf): a machine suggestion is no link, where any other
// relationship between mapped entities is one.
import { describe, expect, it } from 'vitest';
import type { ExportRelationship } from '../../graph/export.ts';
import { linkOf } from '../../graph/export-ftm.ts';

const rel = (type: string): ExportRelationship => ({
  id: `company:a|${type}|company:b`,
  type,
  start: 'company:a',
  end: 'company:b',
  startLabels: ['Node', 'Company'],
  endLabels: ['Node', 'Company'],
  startName: 'A',
  endName: 'B',
  props: new Map(),
  evidence: [{ documentId: 'report-x', locator: 'sec_1.p_1.s_1', quote: 'A and B.', method: 'pattern:x', confidence: 0.5 }],
});

describe('FtM links', () => {
  it('exports a stated link between companies, and no machine suggestion', () => {
    expect(linkOf(rel('COLLECTS'))?.schema).toBe('UnknownLink');
    expect(linkOf(rel('SUGGESTS'))).toBeUndefined();
  });
});
