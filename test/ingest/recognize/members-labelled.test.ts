// A label's colon after a class of things lists its members, as control lists and notices group their items (members.ts
// with grammar/things.yaml `labelled-links`): only after a class word or a phrase on a head, never a list alone. Own sentences.
import { describe, expect, it } from 'vitest';
import { findMembers } from '../../../ingest/recognize/members.ts';
import { findThings } from '../../../ingest/recognize/things.ts';

const members = (t: string): string[] => findMembers(t, findThings(t)).map((f) => `${f.surface} [${f.label}]`);

describe('members after a class label and a colon', () => {
  it('are things after a class word or a phrase on a head', () => {
    expect(members('(2) Radio equipment: frequency-hopping transceivers and satellite phone handsets operating above 2 GHz.')).toEqual([
      'frequency-hopping transceivers [Product]',
      'satellite phone handsets [Product]',
    ]);
    expect(members('Products: smart plugs and baby monitors.')).toEqual(['smart plugs [Product]', 'baby monitors [Product]']);
  });
  it('are none after a word that is no class of things', () => {
    expect(members('Note: the rule applies from May.')).toEqual([]);
    expect(members('Two groups were named: vendors and carriers.')).toEqual([]);
    expect(members('The items fall into two groups: marine sensors and sonar equipment.')).toEqual([]);
    expect(members('Our concern is simple: operators lose access.')).toEqual([]);
  });
});
