// A list "of X that pose a risk" states the list's scope: the members of the class X that meet its criterion, not the
// class itself, so publishing or maintaining it designates no X ("the FCC maintains a list of communications equipment
// and services that pose an unacceptable risk to national security", "directs the Commission to publish a list of ...
// that pose ..."). A list of the goods themselves designates them ("shall publish on its website a list of covered port
// equipment"), as does a list of named companies. Own sentences, fictional bodies and goods (relation-rules.yaml
// designates-list).
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, CRANES, FORKLIFTS, KESTREL } from './ids.ts';

describe('a list of a class qualified by a relative clause', () => {
  it.each([
    'The Norland Trade Council maintains a list of harbour cranes that pose an unacceptable risk to national security.',
    'The Norland Trade Council maintains a list of harbour cranes and services that pose an unacceptable risk to national security.',
    'The Norland Trade Council publishes a list of harbour cranes which it considers a threat to port security.',
    'The Norland Trade Council shall publish and maintain a list of harbour cranes that pose an undue risk.',
  ])('designates no member of the class: %s', (sentence) => {
    expect(stated(sentence)).toEqual([]);
  });

  it('unlike a list of the goods or the companies themselves', () => {
    expect(stated('The Norland Trade Council shall publish on its website a list of harbour cranes.')).toEqual([`${COUNCIL} DESIGNATES ${CRANES}`]);
    expect(stated('The Norland Trade Council maintains a list of harbour cranes, forklift trucks and Kestrel Cranes Ltd.')).toEqual([`${COUNCIL} DESIGNATES ${KESTREL}`, `${COUNCIL} DESIGNATES ${FORKLIFTS}`, `${COUNCIL} DESIGNATES ${CRANES}`].sort());
  });
});
