// A named instrument also calls itself by its name up to its head ("this Harbour Regulation" of "Harbour Regulation
// No. 12"). Own titles and sentences.
import { describe, expect, it } from 'vitest';
import { documentSelf, selfMentions } from '../../../ingest/recognize/self.ts';

const own = (title: string, text: string): string[] => {
  const self = documentSelf({ title, sentences: [text] });
  return self ? selfMentions(text, self, () => 'law:self').map((m) => m.surface) : [];
};

describe('a named instrument by its name up to its head', () => {
  it('names itself so, and by its head alone', () => {
    expect(own('Harbour Regulation No. 12 — Crane safety', 'Cranes approved under this Harbour Regulation shall be marked as this Regulation requires.')).toEqual([
      'this Harbour Regulation',
      'this Regulation',
    ]);
  });
  it('takes no other name on the same head for itself', () => {
    expect(own('Harbour Regulation No. 12 — Crane safety', 'Under this Crane Regulation cranes are marked.')).toEqual([]);
  });
});
