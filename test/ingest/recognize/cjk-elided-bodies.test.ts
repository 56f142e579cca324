// Chinese bodies whose shared head is written once (国务院X、Y主管部门; X、Y、Z等主管部门): each a body of its own, named in
// full where the text prints part of it, no State Council and no bare field. Own sentences.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const bodies = (t: string): [string, string][] => findBodies(t).filter((f) => f.label === 'Authority').map((f) => [f.surface, f.name]);

describe('an elided coordination of Chinese bodies', () => {
  it('names each body of the State Council in full, the State Council itself none', () => {
    const found = bodies('船舶应当按照国务院交通运输、水利主管部门的规定进行检验。');
    expect(found).toContainEqual(['国务院交通运输', '国务院交通运输主管部门']);
    expect(found).toContainEqual(['水利主管部门', '国务院水利主管部门']);
    expect(found.map(([s]) => s)).not.toContain('国务院');
  });
  it('names the bodies before 等 by their field, a field whose body has a name of its own by that name', () => {
    const found = bodies('由交通、水利、公安等主管部门依据各自职责责令改正。');
    expect(found).toEqual([
      ['交通', '交通主管部门'],
      ['水利', '水利主管部门'],
      ['公安', '公安机关'],
    ]);
  });
  it('leaves bodies with heads of their own as they are', () => {
    expect(bodies('商务部、海关总署等部门发布公告。')).toEqual([
      ['商务部', '商务部'],
      ['海关总署', '海关总署'],
    ]);
  });
  it('reads a plain 部门 after 等 as the shared head, a field named with 和 whole', () => {
    expect(bodies('由水利、公安、工业和信息化等部门按照职责分工共享信息。')).toEqual([
      ['水利', '水利部门'],
      ['公安', '公安机关'],
      ['工业和信息化', '工业和信息化部门'],
    ]);
  });
  it('reads the fields before 等 as bodies where the shared head is the class they belong to (其他, 有关, 相关)', () => {
    expect(bodies('水利、测绘地理信息等其他有关部门按照各自职责做好工作。')).toEqual([
      ['水利', '水利部门'],
      ['测绘地理信息', '测绘地理信息部门'],
    ]);
    expect(bodies('由交通、公安等有关主管部门依法处理。')).toEqual([
      ['交通', '交通主管部门'],
      ['公安', '公安机关'],
    ]);
  });
  it('takes no plain 部门 as a shared head without 等', () => {
    expect(bodies('由水利、交通部门共享信息。').map(([, n]) => n)).not.toContain('水利部门');
  });
});

describe('the name of a field\'s body written whole', () => {
  it('is that body wherever it stands, and after 国家 the national body of the field', () => {
    expect(bodies('网信部门应当会同国家网信部门按照职责开展检查。').filter(([s]) => s.includes('网信'))).toEqual([
      ['网信部门', '网信部门'],
      ['国家网信部门', '国家网信部门'],
    ]);
  });
});
