// mayStatePassives (passives.ts): the one test before a sentence's clauses are read for a passive done under an
// instrument. It must hold wherever underPassives finds an act, and fail for the sentences that cannot have one.
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../ingest/recognize/matcher.ts';
import { mayStatePassives } from '../../../ingest/reports/passives.ts';
import { loadRules } from '../../../ingest/reports/relations.ts';

const g = loadRules().passives!;
const act: Mention = { id: 'law:x', label: 'Law', start: 0, end: 7, surface: 'The Act', via: 'alias', confidence: 1 };

describe('mayStatePassives', () => {
  it('holds for a sentence with an instrument and a participle of a class', () => {
    expect(mayStatePassives('Under the Act, Northwind Optics was added to the list.', 0, [act], g)).toBe(true);
    expect(mayStatePassives('Under the Act, such cameras may not be imported.', 0, [act], g)).toBe(true);
  });

  it('fails without an instrument or without any participle of a class', () => {
    expect(mayStatePassives('Northwind Optics was added to the list.', 0, [], g)).toBe(false);
    expect(mayStatePassives('Under the Act, the agency reviewed the list.', 0, [act], g)).toBe(false);
  });

  it('reads only the sentence\'s own text, from `from` (a list item after its lead-in)', () => {
    const text = 'The following were added: (A) Northwind Optics';
    expect(mayStatePassives(text, 0, [act], g)).toBe(true);
    expect(mayStatePassives(text, text.indexOf('(A)'), [act], g)).toBe(false);
  });
});
