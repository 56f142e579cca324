// The object of a regulatory verb quoted as the measure's own words ('the notice covers "marine radar equipment"'): the
// quote opened right after the verb and closed right after the phrase (things.ts regulatedObject). Own sentences.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);

describe('a quoted object of a regulatory verb', () => {
  it('is a class the measure deals with', () => {
    expect(found('The port notice covers "marine radar equipment", so spare cables need no licence.')).toContain('marine radar equipment [thing:regulated]');
    expect(found('The decree bans “harbour surveillance cameras” from the quay.')).toContain('harbour surveillance cameras [thing:regulated]');
  });
  it('not where the quote closes inside the phrase', () => {
    expect(found('The decree bans "smart" harbour meters.')).not.toContain('harbour meters [thing:regulated]');
  });
});
