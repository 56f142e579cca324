// A measure undone or put off states no restriction in force ("lifted the ban on X", "suspended tariffs on X"), nor does
// a removal from a list; suspending a trade restricts it, and removing goods from networks restricts them. Own sentences,
// fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, CRANES } from './ids.ts';

describe('a measure undone', () => {
  it.each([
    'The Norland Trade Council lifted the ban on harbour cranes.',
    'The Norland Trade Council eased restrictions on harbour cranes.',
    'The Norland Trade Council delayed its ban on harbour cranes until 2027.',
    'The Norland Trade Council suspended tariffs on harbour cranes for a year.',
    'The Norland Trade Council removed Kestrel Cranes Ltd. from its Entity List.',
  ])('restricts nothing: %s', (sentence) => {
    expect(stated(sentence)).toEqual([]);
  });

  it('unlike a trade suspended or goods removed from networks', () => {
    expect(stated('The Norland Trade Council suspended imports of harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council ordered operators to remove harbour cranes from their networks.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});
