// A defined term's own head (Rule, Office, Order, Act ...) chooses what a bracket after a name defines, and a citation in
// a bracket after a described amending instrument names that instrument (definitions.ts headed, described). Own
// sentences; the bodies, orders and rules are invented.
import { describe, expect, it } from 'vitest';
import { findDefinitions, type Named } from '../../../ingest/recognize/definitions.ts';

const at = (text: string, surface: string, id: string, label = 'Authority', from = 0): Named => {
  const start = text.indexOf(surface, from);
  return { id, label, start, end: start + surface.length, surface };
};
const read = (text: string, named: Named[]): { terms: string[]; apposed: string[] } => {
  const apposed = new Map<string, string>();
  const terms = findDefinitions(text, 's1', named, apposed).map((d) => `${d.term}=${d.id}`);
  return { terms, apposed: [...apposed].map(([a, b]) => `${a}->${b}`) };
};

describe("a defined term's head", () => {
  it('binds the term to the phrase that takes the name before the bracket in a modifier where its head is the term\'s', () => {
    const text = 'Permits are issued by the Bureau of Quay Permits within the Ministry\'s Bureau of Coastal Works (the "Bureau").';
    const named = [at(text, 'Bureau of Quay Permits', 'a:1'), at(text, 'Ministry', 'a:2'), at(text, 'Bureau of Coastal Works', 'a:3')];
    expect(read(text, named).terms).toEqual(['Bureau=a:1']);
  });
  it('binds the term to the name right before the bracket where no modifier takes it in', () => {
    const text = 'Permits are issued by the Bureau of Coastal Works (the "Bureau").';
    expect(read(text, [at(text, 'Bureau of Coastal Works', 'a:3')]).terms).toEqual(['Bureau=a:3']);
    // "including" lists a member: the bracket defines the member.
    const member = 'Several port orders including Port Order 2207 (the "Order") apply.';
    expect(read(member, [at(member, 'Port Order 2207', 'l:1', 'Law')]).terms).toEqual(['Order=l:1']);
  });
  it('binds nothing where the phrase the term heads is no name read, nor a name of another head', () => {
    const text = "The Harbour Board's interim rule implementing Port Order 2207 (the \"Interim Rule\") applies from March.";
    const named = [at(text, 'Harbour Board', 'a:1'), at(text, 'Port Order 2207', 'l:1', 'Law')];
    expect(read(text, named).terms).toEqual([]);
    const other = 'Lindqvist Port Order 2207 (the "Rule") applies from March.';
    expect(read(other, [at(other, 'Lindqvist Port Order 2207', 'l:1', 'Law')]).terms).toEqual([]);
  });
  it('keeps a term on a citation by number, and a short name of a body with no head word', () => {
    const text = 'Pub. L. 121-44 (the "Act") applies.';
    expect(read(text, [{ ...at(text, 'Pub. L. 121-44', 'l:1', 'Law'), procedural: true }]).terms).toEqual(['Act=l:1']);
    const body = 'The Exchequer (the "Department") pays.';
    expect(read(body, [at(body, 'Exchequer', 'a:1')]).terms).toEqual(['Department=a:1']);
  });
});

describe('a citation in a bracket after a described amending instrument', () => {
  it('names the order before the participle, not the order it amends', () => {
    const text = 'A Cabinet Order partially amending the Harbour Dues Order (Cabinet Order No. 12 of 2027) was approved today.';
    const named = [at(text, 'Harbour Dues Order', 'l:1', 'Law'), at(text, 'Cabinet Order No. 12 of 2027', 'l:2', 'Law')];
    expect(read(text, named).apposed).toEqual([]);
  });
  it("still names the order it follows where no phrase takes it in, or the phrase's head is not the citation's", () => {
    const text = 'The Harbour Dues Order (Cabinet Order No. 12 of 1987) was amended today.';
    const named = [at(text, 'Harbour Dues Order', 'l:1', 'Law'), at(text, 'Cabinet Order No. 12 of 1987', 'l:2', 'Law')];
    expect(read(text, named).apposed).toEqual(['l:2->l:1']);
    const guidance = 'Guidance implementing the Harbour Dues Order (Cabinet Order No. 12 of 1987) was published.';
    const cited = [at(guidance, 'Harbour Dues Order', 'l:1', 'Law'), at(guidance, 'Cabinet Order No. 12 of 1987', 'l:2', 'Law')];
    expect(read(guidance, cited).apposed).toEqual(['l:2->l:1']);
  });
});
