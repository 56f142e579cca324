// An act not done states no relation (relation-rules.yaml negation): not yet done ("has yet to add X", "has not yet imposed
// tariffs on X": "yet" after a negation opens no clause, clauses.ts), found
// without grounds, left undone by the gerund before the object ("without restricting X"), a rule of construction ("nothing in
// this Act shall be construed to restrict X"). Own sentences (helper-254's probes, issue 15), invented companies.
import { describe, expect, it } from 'vitest';
import { BIS, FCC } from './ids.ts';
import { statedRelations } from './helpers.ts';

const COMMERCE = 'authority:us-commerce';
const HARROW = 'company:~harrow-optics-ltd';
const FORKLIFTS = 'product:~forklift-truck';

describe('an act not done', () => {
  it.each([
    'The Bureau of Industry and Security has yet to add Harrow Optics Ltd. to the Entity List.',
    'The Department of Commerce has not yet imposed tariffs on forklift trucks.',
    'The Office for Product Safety and Standards found no grounds to investigate Kestrel Cranes Ltd.',
    'The Department of Commerce closed its review without restricting harbour cranes.',
    'The Secure Equipment Act of 2021 provides that nothing in this Act shall be construed to restrict the sale of harbour cranes.',
  ])('%s: none', (sentence) => {
    expect(statedRelations(sentence)).toEqual([]);
  });
  it('keeps the act done in the close variants', () => {
    expect(statedRelations('The Bureau of Industry and Security has now added Harrow Optics Ltd. to the Entity List.')).toEqual([`${BIS} ADDS_TO_LIST ${HARROW}`]);
    expect(statedRelations('The Department of Commerce has now imposed tariffs on forklift trucks.')).toEqual([`${COMMERCE} RESTRICTS ${FORKLIFTS}`]);
    expect(statedRelations('The Federal Communications Commission, without waiting for Congress, banned forklift trucks.')).toEqual([`${FCC} RESTRICTS ${FORKLIFTS}`]);
    expect(statedRelations('The Department of Commerce imposed tariffs on forklift trucks, yet it exempted harbour cranes.')).toEqual([`${COMMERCE} RESTRICTS ${FORKLIFTS}`]);
  });
  it('reads no act a Chinese body denies (zh-relations.yaml modality 否认), and the act it confirms', () => {
    expect(statedRelations('商务部否认已将凯斯特雷尔起重机有限公司列入不可靠实体清单。', { language: 'zh' })).toEqual([]);
    expect(statedRelations('商务部确认已将凯斯特雷尔起重机有限公司列入不可靠实体清单。', { language: 'zh' })).toEqual(['authority:mofcom ADDS_TO_LIST company:~凯斯特雷尔起重机有限公司']);
  });
});
