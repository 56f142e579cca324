// A bare head ("the Union", "the Agency") takes a body the document names only where it is that name's head: the word
// before the name's first head link ("Agency" of "European Union Agency for Cybersecurity") or its last word
// (recognize/index.ts pendingCandidates, nameHead). A word inside a name's modifiers names nothing. Own sentences.
import { describe, expect, it } from 'vitest';
import { analysed, surfaceIdsOf } from '../one-sentence.ts';

/** Each mention as surface=id. */
const mentions = (text: string): string[] => {
  return surfaceIdsOf(analysed(text, { heading: 'T', asEntry: true }).rec);
};

describe('a bare head and the names it may take', () => {
  it('takes the one named body whose head it is', () => {
    const found = mentions('The European Union Agency for Cybersecurity publishes a report. The Agency then consults the sector.');
    const agency = found.find((m) => m.startsWith('European Union Agency for Cybersecurity='))?.split('=')[1];
    expect(agency).toBeDefined();
    expect(found).toContain(`Agency=${agency}`);
  });
  it('does not take a name in which it is a modifier', () => {
    const found = mentions('The European Union Agency for Cybersecurity publishes a report. The Union then consults the sector.');
    expect(found.some((m) => m.startsWith('Union='))).toBe(false);
  });
});
