// A definitions section's items open with the quoted term ('(3) "Department" means the Department of Management
// Services', "2. ‘Commission’ means ..."): the term names that body wherever the document writes it after, as 'the term
// "X" means' does (recognize/definitions.ts OPENING_MEANS). Own sentences, invented bodies.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';

const ids = (md: string, surface: string): string[] =>
  recogniseMarkdown(`# T\n\n${md}`).sentences.flatMap((s) => s.mentions.filter((m) => m.surface === surface).map((m) => m.id));

describe('a definition that opens its item with the quoted term', () => {
  it('binds the term to the body it names, past another body of that head named later', () => {
    const md = [
      '(3) "Department" means the Calder Department of Harbour Services.',
      '',
      '(1) The Department may rely on the list kept by the Norland Department of Trade. The Department shall review the list.',
    ].join('\n');
    expect(new Set(ids(md, 'Department'))).toEqual(new Set(['authority:~calder-harbour-services-department']));
  });
  it('with single curly quotes, as EU acts write them, and not a quoted term in the middle of a sentence', () => {
    expect(ids('2. ‘Board’ means the Calder Harbour Board.\n\nThe Norland Port Board met. The Board shall meet.', 'Board')).toEqual(['authority:~calder-harbour-board']);
    expect(ids('Critics said "Board" means the Calder Harbour Board. The Norland Port Board met. The Board shall meet.', 'Board').includes('authority:~calder-harbour-board')).toBe(false);
  });
});
