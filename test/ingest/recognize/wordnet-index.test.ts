// WordNet's index lines parsed once (wordnet-index.ts) for every reader of index.noun, index.verb, index.adj, index.adv:
// lines of our own in the files' format, not WordNet's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIndexLine, readIndex, readIndexOffsets } from '../../../ingest/recognize/wordnet-index.ts';

describe('WordNet index lines', () => {
  it('reads a lemma, its pointer kinds, how many of its senses the tagged corpus has, and its synsets in order', () => {
    expect(parseIndexLine('ferry_ticket n 2 3 @ ~ + 2 1 04445566 01122334  ')).toEqual({ lemma: 'ferry_ticket', pos: 'n', pointers: ['@', '~', '+'], tagged: 1, offsets: ['04445566', '01122334'] });
    // No pointers: the counts stand right after p_cnt.
    expect(parseIndexLine('ticketless a 1 0 1 0 00987654  ')).toEqual({ lemma: 'ticketless', pos: 'a', pointers: [], tagged: 0, offsets: ['00987654'] });
  });

  it('skips the license lines at the head of a file and empty lines', () => {
    expect(parseIndexLine('  1 This database is offered under a licence that ...  ')).toBeUndefined();
    expect(parseIndexLine('')).toBeUndefined();
  });

  it('reads a file into lemma -> entry, in its order, and lemma -> offsets', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wordnet-index-'));
    try {
      const file = path.join(dir, 'index.noun');
      fs.writeFileSync(file, ['  1 A licence line of the head.  ', '  2 Another one.  ', 'ferry n 1 1 @ 1 1 03332211  ', 'ferry_ticket n 2 2 @ ~ 2 0 04445566 01122334  ', ''].join('\n'));
      expect([...readIndex(file).keys()]).toEqual(['ferry', 'ferry_ticket']);
      expect(readIndex(file).get('ferry_ticket')?.tagged).toBe(0);
      expect([...readIndexOffsets(file)]).toEqual([
        ['ferry', ['03332211']],
        ['ferry_ticket', ['04445566', '01122334']],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
