// "the items subject to export licensing", "the goods subject to export control": the class of goods a control regime
// covers is a list in all but name, the destination of a measure's addition (relation-rules.yaml LIST_PART), as "the
// Entity List" or "Annex IV" is. Not any class subject to something ("the ports subject to inspection"). Own sentences,
// invented names (helper-399).
import { describe, expect, it } from 'vitest';
import { analyseMarkdown } from './helpers.ts';

const read = (markdown: string): string[] => analyseMarkdown(markdown).relations.map((r) => `${r.start} ${r.type} ${r.end}`);
const ADDS = 'law:~harbour-control-order ADDS_TO_LIST product:~marine-radar-unit';

describe('the items subject to export licensing as a list', () => {
  it('takes what a measure adds to it', () => {
    expect(read('# Notice\n\nThe Harbour Control Order adds marine radar units to the items subject to export licensing under the Harbour Trade Act.\n')).toContain(ADDS);
    expect(read('# Notice\n\nThe Harbour Control Order added marine radar units to the goods subject to export controls.\n')).toContain(ADDS);
    expect(read('# Notice\n\nThe Harbour Control Order adds marine radar units to the items subject to licensing requirements.\n')).toContain(ADDS);
  });
  it('but not a class subject to anything else', () => {
    expect(read('# Notice\n\nThe Harbour Control Order adds marine radar units to the vessels subject to inspection.\n')).not.toContain(ADDS);
  });
});
