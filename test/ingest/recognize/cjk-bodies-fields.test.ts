// Chinese public bodies named by the field they administer or are in charge of (X管理机构, X管理部门, X主管部门), a people's
// government by its level, and customs named alone (grammar/names.yaml cjk-bodies). Own sentences.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const bodies = (t: string): string[] => [...new Set(findBodies(t).filter((f) => f.rule === 'cjk:body').map((f) => f.surface))];

describe('a Chinese body named by its field', () => {
  it('is the field and its head, after a preposition, not the preposition or the clause before it', () => {
    expect(bodies('由应急管理部门责令改正。')).toContain('应急管理部门');
    expect(bodies('按照国家水上交通管理领导机构的规定执行。')).toEqual(['国家水上交通管理领导机构']);
    expect(bodies('并应当将计划报水上交通管理机构备案。')).toEqual(['水上交通管理机构']);
    expect(bodies('船舶应当在水上交通管理机构划定的水域内航行，但国家水上交通管理领导机构另有规定的除外。')).toEqual(['水上交通管理机构', '国家水上交通管理领导机构']);
  });
  it('keeps two bodies joined by 或者 apart', () => {
    const found = bodies('向国务院交通运输主管部门或者地区交通运输管理机构申请许可。');
    expect(found).toContain('地区交通运输管理机构');
    expect(found.some((b) => b.includes('或者'))).toBe(false);
  });
  it('is no class of bodies', () => {
    expect(bodies('应当向有关主管部门报告，并通报同级有关主管部门。')).toEqual([]);
  });
  it('takes no part of a field whose own name holds 和, nor a level\'s 级, for the whole', () => {
    // 工业和信息化, 住房和城乡建设: the 和 joins no two bodies; after 和, 信息化主管部门 or 城乡建设主管部门 alone is no name.
    expect(bodies('各地工业和信息化主管部门应当加强指导。')).toEqual([]);
    expect(bodies('由省住房和城乡建设主管部门负责。')).toEqual([]);
    expect(bodies('商务部和交通运输主管部门联合开展检查。')).toEqual(['商务部', '交通运输主管部门']);
    // 同级 is a level (the bodies at the same level, a class), not the preposition 同 before a name starting 级.
    expect(bodies('会同同级市场监督管理部门开展检查。')).toEqual([]);
    expect(bodies('同应急管理部门共同处置。')).toContain('应急管理部门');
  });
});

describe('a Chinese body named by the work it does', () => {
  it('is the work and 工作部门, after 报告 as after 报, and no class', () => {
    expect(bodies('运营单位应当及时报告防护工作部门。')).toEqual(['防护工作部门']);
    expect(bodies('并按照防护工作部门的要求整改。')).toEqual(['防护工作部门']);
    expect(bodies('应当向有关工作部门报告。')).toEqual([]);
  });
});

describe('a people\'s government by its level', () => {
  it('keeps the level whole', () => {
    expect(bodies('设区的市级人民政府应当组织巡查。')).toEqual(['设区的市级人民政府']);
    expect(bodies('由县级人民政府负责。')).toEqual(['县级人民政府']);
  });
});

describe('customs named alone', () => {
  it('is a body among others, and no part of 海关总署', () => {
    expect(bodies('警察、海关、消防部门辖有的船舶。')).toContain('海关');
    expect(bodies('海关总署发布公告。')).toEqual(['海关总署']);
  });
});

describe('a Chinese leading body named by the work it leads', () => {
  it('is the work and 工作领导机构, after a preposition, and no class', () => {
    expect(bodies('由国家防沙治沙工作领导机构统一部署。')).toEqual(['国家防沙治沙工作领导机构']);
    expect(bodies('报国家防沙治沙工作领导机构的办事机构备案。')).toEqual(['国家防沙治沙工作领导机构']);
    expect(bodies('应当向有关工作领导机构报告。')).toEqual([]);
  });
  it('is no unit named 工作机构 alone', () => {
    expect(bodies('设立专门工作机构。')).toEqual([]);
  });
});

describe('a Chinese body named by its field after a verb whose object it is', () => {
  it('opens after the verb (通知, 通报, 委托), which is none of its name', () => {
    expect(bodies('海关可以通知出入境管理机构暂停办理。')).toContain('出入境管理机构');
    expect(bodies('主办单位应当及时通报应急管理部门。')).toEqual(['应急管理部门']);
    expect(bodies('可以委托地区交通运输管理机构实施检查。')).toEqual(['地区交通运输管理机构']);
  });
});

describe('a Chinese leading body named by its field, and a body that inspects a field', () => {
  it('is the field and 领导机构 or 检查机关', () => {
    expect(bodies('由中央水资源安全领导机构统筹协调。')).toEqual(['中央水资源安全领导机构']);
    expect(bodies('海关、口岸卫生检查机关应当依法查验。')).toContain('口岸卫生检查机关');
  });
  it('is no class', () => {
    expect(bodies('应当报有关领导机构批准。')).toEqual([]);
  });
});

describe('a central body or a national centre by its head', () => {
  it('is the whole name', () => {
    expect(bodies('由中央财经委员会统一部署。')).toEqual(['中央财经委员会']);
    expect(bodies('向国家水文监测中心报送数据。')).toEqual(['国家水文监测中心']);
  });
});

describe('a Chinese body named by its field after a verb of setting it up', () => {
  it('is the body set up, not the clause\'s subject and verb', () => {
    expect(bodies('国家设立水上交通工作领导机构，统一领导全国的相关工作。')).toEqual(['水上交通工作领导机构']);
    expect(bodies('省级人民政府可以成立应急管理工作部门。')).toContain('应急管理工作部门');
    expect(bodies('运营者未设置安全管理机构的，由主管部门责令改正。')).toEqual(['安全管理机构']);
  });
});
