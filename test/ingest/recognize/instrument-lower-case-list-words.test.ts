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

describe('a lower-case list named by a noun of control (things.yaml control-nouns)', () => {
  it('is the list of that measure after a verb of listing', () => {
    expect(mentions('# T\n\nIn a second notice, the ministry placed both firms on its export control list, which bars exporters from serving them.')).toEqual(['law:~export-control-list:export control list']);
    expect(mentions('# T\n\nThe agency removed the valves from the tariff list in May.')).toEqual(['law:~tariff-list:tariff list']);
  });
  it('leaves "own" and a determiner before an owner out of its name', () => {
    expect(mentions('# T\n\nThe ministry could add two defence suppliers to its own export control list.')).toEqual(['law:~export-control-list:export control list']);
    expect(mentions("# T\n\nBuyers placed on the ministry's export control control list may not receive the items.")).toEqual(['law:~export-control-control-list:export control control list']);
  });
  it('is none without a verb of listing, nor for other lower-case words', () => {
    expect(mentions('# T\n\nThe ministry uses the export control list against small firms.')).toEqual([]);
    expect(mentions('# T\n\nThe agency added two firms to the watch list.')).toEqual([]);
  });
});

describe('a lower-case list named by a noun of a measure against parties (instruments.yaml listed-lists.measures)', () => {
  it('is the list of that measure after a verb of listing', () => {
    expect(mentions('# T\n\nOn Friday the minister added Corvell Imaging Ltd to the debarment list.')).toEqual(['law:~debarment-list:debarment list']);
    expect(mentions('# T\n\nThe treasury placed the broker on its sanctions list last year.')).toEqual(['law:~sanctions-list:sanctions list']);
  });
  it('is none without a verb of listing', () => {
    expect(mentions('# T\n\nBuyers should check the debarment list before they sign.')).toEqual([]);
  });
});

