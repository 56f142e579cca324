// A speech's first-person voice: "we" acts as the authority the text itself ties to the first person, and only then
// (own sentences, fictional bodies and companies).
import { describe, expect, it } from 'vitest';
import { analyseText } from './helpers.ts';

const analyse = (text: string) => analyseText(text, { title: 'Remarks at the Valdmark Harbour Forum' }).relations;
const relations = (text: string): string[] => analyse(text).map((r) => `${r.start} ${r.type} ${r.end}`);

const ACT = 'In May we added Marrowby Cable Co., Ltd. to the Restricted Entities List.';
const ADDS = 'authority:~norland-maritime-administration ADDS_TO_LIST company:~marrowby-cable-co-ltd';

describe('the first-person voice of a speech', () => {
  it('reads "we" as the authority named in parallel with the first person', () => {
    const text = `I want to talk about what the Norland Maritime Administration has done this year, what we are doing next, and what we will not do.\n\n${ACT}`;
    expect(relations(text)).toEqual([ADDS]);
    // The quote is the sentence; the tie is named as the antecedent, and the reading is less sure than a name.
    const [r] = analyse(text);
    expect(r.quote).toBe(ACT);
    expect(r.antecedent).toBe('sec_1.p_1.s_1');
    expect(r.confidence).toBeLessThan(0.7);
  });
  it('reads the other ties: "here at X, we", "X, which I lead", "my agency, X"', () => {
    expect(relations(`Here at the Norland Maritime Administration, we take port security seriously. ${ACT}`)).toEqual([ADDS]);
    expect(relations(`The Norland Maritime Administration, which I lead, answers to Parliament. ${ACT}`)).toEqual([ADDS]);
    expect(relations(`My agency, the Norland Maritime Administration, has a long memory. ${ACT}`)).toEqual([ADDS]);
  });
  it('leaves "we" unresolved without a tie, or with ties to two authorities', () => {
    // A brief in the first person: an authority beside "we" is whom it addresses, not who it is.
    expect(relations(`We recommend that the Norland Maritime Administration act this year. ${ACT}`)).toEqual([]);
    expect(relations(`Here at the Norland Maritime Administration, we take port security seriously. The Valdmark Energy Agency, which I lead, answers to Parliament. ${ACT}`)).toEqual([]);
  });
  it('reads no quotation\'s "we" as the document\'s', () => {
    // A quoted speaker's tie gives the document no voice, and a quoted "we" in a speech is its speaker's.
    expect(relations(`“Here at the Norland Maritime Administration, we take port security seriously,” its director said. ${ACT}`)).toEqual([]);
    const speech = `Here at the Norland Maritime Administration, we take port security seriously. “${ACT}” the Valdmark minister said.`;
    expect(relations(speech)).toEqual([]);
  });
  it('reads a quoted "we" as the body the sentence names after the quote, and only that sentence\'s', () => {
    const said = `“${ACT}” the Norland Maritime Administration said.`;
    expect(relations(said)).toEqual([ADDS]);
    expect(analyse(said)[0]?.antecedent).toBeUndefined();
    expect(relations('“In May we added Marrowby Cable Co., Ltd. to the Restricted Entities List,” said the Norland Maritime Administration.')).toEqual([ADDS]);
    expect(relations('In May we added Marrowby Cable Co., Ltd. to the Restricted Entities List, the Norland Maritime Administration said on Tuesday.')).toEqual([ADDS]);
    // Its negation still counts; the next sentence's "we" is nobody's; two bodies saying it leave "we" unresolved.
    expect(relations('“We have not added Marrowby Cable Co., Ltd. to the Restricted Entities List,” the Norland Maritime Administration said.')).toEqual([]);
    expect(relations(`“We take port security seriously,” the Norland Maritime Administration said. ${ACT}`)).toEqual([]);
    expect(relations(`“${ACT}” the Norland Maritime Administration and the Valdmark Energy Agency said.`)).toEqual([]);
  });
  it('gives no voice to an instrument, nor "us" and "our" any act', () => {
    const order = analyseText(`By the authority vested in me, it is hereby ordered as follows. This order takes effect today. Here at the Norland Maritime Administration, we take port security seriously. ${ACT}`, {
      title: 'Executive Order 99001 of March 3, 2031',
    }).relations;
    expect(order.filter((r) => r.start === 'authority:~norland-maritime-administration')).toEqual([]);
    expect(relations('Here at the Norland Maritime Administration, we take port security seriously. Our inspectors added Marrowby Cable Co., Ltd. to the Restricted Entities List.')).toEqual([]);
  });
});

describe("the speaker's \"I\" and the byline that names the office", () => {
  const byline = (title: string, text: string): string[] =>
    analyseText(text, { title }).relations.map((r) => `${r.start} ${r.type} ${r.end}`);
  const SPEECH = 'Remarks by Administrator of the Norland Maritime Administration Ilse Varga at the Harbour Forum';
  const NMA = 'authority:~norland-maritime-administration';

  it('ties the first person to the office a byline names before its holder', () => {
    expect(byline(SPEECH, `Thank you all. ${ACT}`)).toEqual([ADDS]);
  });

  it('reads "I" as the voice, not a numeral "I"', () => {
    expect(byline(SPEECH, 'We are busy. Last spring I opened an investigation into harbour cranes.')).toEqual([`${NMA} INVESTIGATES product:~harbour-crane`]);
    expect(byline(SPEECH, 'We are busy. Title I bans harbour cranes.')).toEqual([]);
  });

  it('reads only a capital "I": a lower-case "i" (a note\'s marker, a typo) speaks for nobody', () => {
    expect(byline(SPEECH, 'We are busy. Last spring i opened an investigation into harbour cranes.')).toEqual([]);
  });

  it('an investigation still to be opened investigates nothing', () => {
    expect(byline(SPEECH, 'We are busy. We will open a second investigation this summer, into harbour cranes.')).toEqual([]);
  });

  it('nor is a measure the subject of a reported clause the speaker\'s act', () => {
    expect(byline(SPEECH, 'We are busy. I can tell you that the duties on Valdmark goods stay in place.')).toEqual([]);
  });
});

describe("a company filing's voice", () => {
  const filing = (text: string): string[] => analyseText(text, { title: 'Item 1A. Risk Factors' }).relations.map((r) => `${r.start} ${r.type} ${r.end}`);
  it('reads "we" as the company whose own definitions name the first person, as a subject only', () => {
    const text = 'Marrowby Cable Co., Ltd. ("Marrowby", "we", "us" or "our") makes harbour cranes.\n\nWe are subject to the Valdmark Crane Safety Act. The Norland Maritime Administration may investigate harbour cranes before we ship them.';
    expect(filing(text)).toContain('company:~marrowby-cable-co-ltd SUBJECT_TO law:~valdmark-crane-safety-act');
    expect(filing(text).filter((r) => r.endsWith('company:~marrowby-cable-co-ltd'))).toEqual([]);
  });
  it('gives "we" no company where no definition names it', () => {
    expect(filing('Marrowby Cable Co., Ltd. ("Marrowby") makes harbour cranes.\n\nWe are subject to the Valdmark Crane Safety Act.').filter((r) => r.includes('SUBJECT_TO'))).toEqual([]);
  });
});
