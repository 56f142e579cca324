// Two forms of goods' names an executive memorandum writes: a participle an adverb of how the thing works grades
// ("remotely operated vehicles": grammar/things.yaml mode-adverbs) is a modifier of the name, and the goods of "the export
// to them of X" are named as after "the export of X" (things.ts afterRecipient). Own sentences, invented goods.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';

// As a report keeps them: a phrase stays a thing with support (here the trade noun's), which the report reading checks.
const things = (md: string): string[] =>
  analyseText(md)
    .rec.sentences.flatMap((s) => s.mentions.filter((m) => m.label === 'Product' || m.label === 'Technology').map((m) => m.surface))
    .sort();

describe('a participle an adverb of mode grades', () => {
  it('is a modifier of the name', () => {
    expect(things('The agency banned imports of remotely operated vehicles.')).toEqual(['remotely operated vehicles']);
    expect(things('The agency banned imports of buoy cutters and manually operated winches.')).toEqual(['buoy cutters', 'manually operated winches']);
  });
  it('but not after a name or noun, where the pair is its verb, nor with an adverb of where or when', () => {
    expect(things('The port remotely operated harbour cranes. The ban covers harbour cranes.')).toEqual(['harbour cranes', 'harbour cranes']);
    expect(things('The ban covers locally assembled harbour cranes. The ban covers harbour cranes.')).toEqual(['harbour cranes', 'harbour cranes']);
  });
});

describe('the goods of a trade noun with its recipient before "of"', () => {
  it('are named as after the noun and "of"', () => {
    expect(things('The agency reviewed the export to them of buoy jointing kits.')).toEqual(['buoy jointing kits']);
    expect(things('The agency reviewed sales to Norland of buoy jointing kits.')).toEqual(['buoy jointing kits']);
  });
});
