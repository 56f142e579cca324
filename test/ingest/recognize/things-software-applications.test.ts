// "software applications", "application programs", "mobile applications": WordNet's application program, a Technology compound (grammar/
// things.yaml compounds); "application" alone (an act of applying, a request: "licence applications") heads nothing.
// Own sentences.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const phrases = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.label}]`);

describe('software applications', () => {
  it('are a technology after "software"', () => {
    expect(phrases('The Department of Commerce restricted software applications.')).toEqual(['software applications [Technology]']);
    // helper-352: and after "mobile" or "web" (things.yaml compounds), as government releases name blocked apps; this file
    // had "mobile applications" as naming none before.
    expect(phrases('The Department of Commerce restricted mobile applications.')).toEqual(['mobile applications [Technology]']);
  });
  it('but "applications" alone, or a request, names none', () => {
    expect(phrases('The Department of Commerce approved licence applications.')).toEqual([]);
    expect(phrases('The Department of Commerce restricted all applications.')).toEqual([]);
  });
});
