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
  it("read no relation from a numbered question read with its lead-in (a letter's questions after a colon)", () => {
    // The item is read as "<lead-in>: Has X ...?": the auxiliary opens the question after the colon, not the sentence.
    const letter = [
      'Please answer the questions below by March 2:',
      '',
      '1. Has the Bureau of Industry and Security reviewed Harrow Optics Ltd. for addition to the Entity List?',
      '2. Did the Federal Communications Commission investigate Varnel Sensing Inc. last year?',
    ].join('\n');
    expect(statedInOrder(letter)).toEqual([]);
  });
  it('still read a statement after a colon that asks nothing', () => {
    expect(statedInOrder('The notice says so plainly: the Bureau of Industry and Security has added Harrow Optics Ltd. to the Entity List.')).toEqual(['authority:bis ADDS_TO_LIST company:~harrow-optics-ltd']);
  });
  it('still read the statement that answers it', () => {
    expect(statedInOrder('Q: Will the FCC act? A: The Federal Communications Commission added Harrow Optics Ltd. to the Covered List.')).toEqual(['authority:fcc ADDS_TO_LIST company:~harrow-optics-ltd']);
  });
});
