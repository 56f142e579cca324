// Technologies and product categories written as common nouns.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const things = (text: string): string[] => findThings(text).map((f) => `${f.surface} [${f.label}]`);

describe('technology phrases', () => {
  it('reads modifiers before a head noun and types by the head', () => {
    expect(things('The list covers communications equipment used in submarine cable systems.')).toEqual([
      'communications equipment [Product]',
      'submarine cable [Product]',
      'submarine cable systems [Technology]',
    ]);
  });
  it('drops leading generic words and needs one other modifier', () => {
    expect(things('any covered communications equipment, such equipment, the system')).toEqual(['communications equipment [Product]']);
  });
  it('stops at function words and verbs', () => {
    expect(things('they restrict imports of lidar sensors')).toEqual(['lidar sensors [Product]']);
  });
});
