// A name the grammar read every one of whose surfaces is a surface of exactly one other entity of its label is that
// entity: one record (index.ts subsumedNames). Own sentences, invented bodies and companies.
import { describe, expect, it } from 'vitest';
import { entityNamesOf, recognised, surfaceIdsOf } from '../one-sentence.ts';

const HEADING = "Treasury's Outbound Investment Final Rule Takes Effect: What U.S. Investors Need to Know";
const TEXT =
  "The U.S. Department of the Treasury's final rule took effect on 2 January. It directed the Secretary of the Treasury to regulate investments. Treasury published a notice in August. Treasury expects a diligent inquiry.";

describe('a name read twice, once on its own and once as a body\'s short name', () => {
  it('makes the heading\'s "Treasury" the Department of the Treasury the text names', () => {
    const rec = recognised(TEXT, { heading: HEADING });
    const ids = new Set(surfaceIdsOf(rec, 'Authority').filter((x) => x.startsWith('Treasury=')).map((x) => x.split('=')[1]));
    expect([...ids]).toEqual([surfaceIdsOf(rec, 'Authority').find((x) => x.startsWith('U.S. Department of the Treasury='))?.split('=')[1]]);
    expect(entityNamesOf(rec, 'Authority').filter((n) => /Treasury/.test(n))).toEqual(['U.S. Department of the Treasury']);
  });
  it('leaves a name two bodies share apart from both', () => {
    const rec = recognised(
      'The Norland Maritime Commission (the Commission) fined Velmora Ltd. The Valdmark Trade Commission, also called the Commission in its own notices, opened a review. The Commission said more fines would follow.',
    );
    const names = entityNamesOf(rec, 'Authority');
    expect(names).toContain('Norland Maritime Commission');
    expect(names).toContain('Valdmark Trade Commission');
  });
});
