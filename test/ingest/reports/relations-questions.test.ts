// An interview's question states no act: "Q:" and an opening auxiliary leave the clause undecided (relation-rules.yaml
// `undecided`); the answer's statement still does.
import { describe, expect, it } from 'vitest';
import { statedInOrder } from './helpers.ts';

describe("an interview's questions", () => {
  it('read no relation from a question after "Q:"', () => {
    expect(statedInOrder('**Q: Is the Bureau of Industry and Security going to add Harrow Optics Ltd. to the Entity List?**')).toEqual([]);
    expect(statedInOrder('Q: Will the Federal Communications Commission add Harrow Optics Ltd. to the Covered List?')).toEqual([]);
    expect(statedInOrder('Question: Does the Department of Commerce restrict imports of lidar sensors?')).toEqual([]);
  });
  it('still read the statement that answers it', () => {
    expect(statedInOrder('Q: Will the FCC act? A: The Federal Communications Commission added Harrow Optics Ltd. to the Covered List.')).toEqual(['authority:fcc ADDS_TO_LIST company:~harrow-optics-ltd']);
  });
});
