// A member link followed by a regulatory or control verb's gerund and its object (members.ts memberList; grammar/things.yaml
// regulatory-verbs, control-verbs): an act the class is subject to, no member of it (helper-246: dev65's Commons debate
// read "such as banning universal default passwords" as a product). Own sentences, invented act.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';

const read = (text: string): { entities: string[]; relations: string[] } => {
  const r = analyseText(text);
  return { entities: r.rec.entities.map((e) => `${e.label} ${e.name}`), relations: r.relations.map((x) => `${x.start} ${x.type} ${x.end}`) };
};

describe('an act after a member link', () => {
  it('is no member of the class, and nothing the act regulates', () => {
    const r = read('The Valdmark Crane Safety Act sets security requirements for connectable products, such as banning universal default passwords.');
    expect(r.entities.filter((e) => /password/i.test(e))).toEqual([]);
    expect(r.relations.filter((x) => /password/.test(x))).toEqual([]);
  });
  it('leaves a member that a gerund of another verb modifies', () => {
    expect(read('The Valdmark Crane Safety Act covers connectable products, such as charging stations and tide sensors.').entities).toContain('Product charging stations');
  });
});
