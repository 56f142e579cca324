// A numbered part of an instrument that lists, named without a determiner ("Annex IV", "Schedule 3", and "Appended Table 1"
// as Japan's official translations write a cabinet order's tables), is the list a measure adds goods or parties to
// (relation-rules.yaml LIST_PART), in a sentence and as the destination of a lead-in whose items the placeholder "the
// following ..." stands for, however long the destination ("... to Appended Table 1 of X, and the corresponding
// technologies to Y:"). A bare "Table 2" is a report's table, no list. Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { analyseMarkdown } from './helpers.ts';

const read = (markdown: string): string[] => analyseMarkdown(markdown).relations.map((r) => `${r.start} ${r.type} ${r.end}`);
const ADDS = 'law:~harbour-control-order ADDS_TO_LIST product:~marine-radar-unit';

describe('a numbered part of an instrument as the list', () => {
  it('takes what a measure adds to it', () => {
    expect(read('# Notice\n\nThe Harbour Control Order adds marine radar units to Appended Table 1 of the Harbour Export Order.\n')).toEqual([ADDS]);
    expect(read('# Notice\n\nThe Harbour Control Order adds marine radar units to Schedule 3 of the Harbour Export Order.\n')).toEqual([ADDS]);
  });
  it('as the destination of a lead-in, however long', () => {
    expect(read('# Notice\n\nThe Harbour Control Order adds the following items to Annex I of the Harbour Export Order:\n\n- Marine radar units\n- Sonar arrays\n')).toContain(ADDS);
    expect(read('# Notice\n\nThe Harbour Control Order adds the following 12 items to Appended Table 1 of the Harbour Export Order, and the corresponding technologies to the Harbour Technology Order (Order No. 4 of 1991):\n\n- Marine radar units\n- Sonar arrays\n')).toContain(ADDS);
  });
  it('but a bare table is no list', () => {
    expect(read('# Notice\n\nThe Harbour Control Order adds marine radar units to Table 2 of the Harbour Export Order.\n')).toEqual([]);
  });
});
