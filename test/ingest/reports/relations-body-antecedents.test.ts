// "The Commission" in a text that names two commissions: the one the sentences before name (recognize/
// body-antecedents.ts). In its paragraph or the one before, the nearest named; in a section that names neither yet, the
// one the document has named most so far; none where one of them was named further back in the section, or where both
// are named as often. Own text, fictional bodies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';

const NORLAND = 'authority:~norland-trade-commission';
const VALDMARK = 'authority:~valdmark-harbour-commission';
const CRANES = 'product:~harbour-crane';
const FORKLIFTS = 'product:~forklift-truck';

describe('"the Commission" of two commissions', () => {
  it('is the one the paragraph before names', () => {
    const text = 'The Norland Trade Commission prohibited forklift trucks last year.\n\nThe Valdmark Harbour Commission met the port operators in May.\n\nThe Commission prohibited harbour cranes.';
    expect(stated(text)).toEqual([`${NORLAND} RESTRICTS ${FORKLIFTS}`, `${VALDMARK} RESTRICTS ${CRANES}`]);
  });

  it('is the one the same paragraph names last', () => {
    const text = 'The Valdmark Harbour Commission met the port operators in May.\n\nThe Norland Trade Commission took a different route. In June the Commission prohibited harbour cranes.';
    expect(stated(text)).toEqual([`${NORLAND} RESTRICTS ${CRANES}`]);
  });

  it('in a section that names neither, is the one the document has named most', () => {
    const text = 'The Norland Trade Commission prohibited forklift trucks. The Norland Trade Commission also fined two importers.\n\n## Abroad\n\nThe Valdmark Harbour Commission met the port operators in May.\n\n## Next steps\n\nThe Commission also prohibited harbour cranes.';
    expect(stated(text)).toEqual([`${NORLAND} RESTRICTS ${FORKLIFTS}`, `${NORLAND} RESTRICTS ${CRANES}`]);
  });

  it('is neither where both are named as often', () => {
    const text = 'The Norland Trade Commission prohibited forklift trucks.\n\n## Abroad\n\nThe Valdmark Harbour Commission met the port operators in May.\n\n## Next steps\n\nThe Commission also prohibited harbour cranes.';
    expect(stated(text)).toEqual([`${NORLAND} RESTRICTS ${FORKLIFTS}`]);
  });

  it('is neither where the section named one of them further back than the paragraph before', () => {
    const text =
      'The Norland Trade Commission prohibited forklift trucks. The Norland Trade Commission also fined two importers.\n\n## Questions\n\nThe Valdmark Harbour Commission answered questions about forklift trucks.\n\nMany importers were present.\n\nSeveral reporters asked about the timetable.\n\nThe Commission prohibited harbour cranes.';
    expect(stated(text)).toEqual([`${NORLAND} RESTRICTS ${FORKLIFTS}`]);
  });
});
