// A public list named in lower case, as news wires write it (instruments.ts lowerCaseLists, short-names.ts listModified). Own
// sentences, invented firms.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const mentions = (md: string): string[] => mentionsOf(recogniseMarkdown(md), 'Law').map((m) => `${m.id}:${m.surface}`);

describe('a lower-case list after a verb of listing', () => {
  it('is found across an abbreviation\'s period in the clause ("U.S.", "Co.")', () => {
    expect(mentions('# T\n\nThe ministry added two U.S. drone makers to its unreliable entity list on Monday.')).toEqual(['law:~unreliable-entity-list:unreliable entity list']);
    expect(mentions('# T\n\nThe department put Qarin Optics Co. on the unverified list in May.')).toEqual(['law:~unverified-list:unverified list']);
  });
  it('still ends at the clause\'s own period', () => {
    expect(mentions('# T\n\nThe ministry added two firms. Analysts watch the entity list.')).toEqual([]);
  });
});

describe('a list named with capitals, then in lower case', () => {
  it('is not the lower-case words ending a longer name ("unreliable entity list")', () => {
    const found = mentions("# T\n\nBIS added Lumvik Sensors to the Entity List in May. Analysts said China's unreliable entity list is mostly a signal.");
    expect(found).toEqual(['law:us:entity-list:Entity List']);
  });
  it('is still its lower-case name after a determiner, a possessive or a known adjective', () => {
    expect(mentions('# T\n\nBIS added Lumvik Sensors to the Entity List in May. Exporters check the entity list daily.')).toEqual(['law:us:entity-list:Entity List', 'law:us:entity-list:entity list']);
    expect(mentions("# T\n\nBIS added Lumvik Sensors to the Entity List in May. Exporters read Commerce's entity list and the new entity list.")).toEqual(['law:us:entity-list:Entity List', 'law:us:entity-list:entity list', 'law:us:entity-list:entity list']);
  });
});
