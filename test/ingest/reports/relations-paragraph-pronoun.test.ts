// A paragraph that opens with "It" takes up the actor of the paragraph before ("The Council met importers in May." +
// "It also banned X."), in the same section and not past a question; "This rule" and the like do not reach back past
// their paragraph. Own text, fictional bodies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, CRANES } from './ids.ts';

describe('"It" opening a paragraph', () => {
  it('is the actor of the paragraph before', () => {
    expect(stated('The Norland Trade Council met importers in May.\n\nIt also banned harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('is no one past a heading, after a question, or as a demonstrative', () => {
    expect(stated('The Norland Trade Council met importers in May.\n\n## Next steps\n\nIt also banned harbour cranes.')).toEqual([]);
    expect(stated('Did the Norland Trade Council meet importers in May?\n\nIt also banned harbour cranes.')).toEqual([]);
    expect(stated('The Norland Trade Council met importers in May.\n\nThis rule also bans harbour cranes.')).toEqual([]);
  });
});
