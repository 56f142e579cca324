// Whom a duty is owed to and who holds a power, read by grammar (issue 12): Member States as the state
// parties that receive information and hold powers over parties; consulting someone owes them nothing.
// The sentences are the team's own, not corpus text.
import { describe, expect, it } from 'vitest';
import type { NormFinding } from '../../../ingest/norms/extract.ts';
import { authorityTerms, readArticle } from './read.ts';

const en = (text: string): NormFinding[] => readArticle(text, 'en', 'eu');

describe('Member States', () => {
  it('informing the Commission and the other Member States is owed to both', () => {
    const [f] = en('The inspection authority shall inform the Commission and the other Member States of the measures it has taken.');
    expect(authorityTerms(f, 'OWED_TO')).toEqual(['the Commission', 'Member States']);
  });
  it('a Member State power over parties empowers it; its discretion over its own institutions only binds it', () => {
    const [power] = en('Each Member State may impose periodic penalty payments on the providers concerned.');
    expect(authorityTerms(power, 'EMPOWERS')).toEqual(['Each Member State']);
    const [discretion] = en('Member States may entrust the tasks of the registry to an existing body.');
    expect(authorityTerms(discretion, 'EMPOWERS')).toEqual([]);
    expect(authorityTerms(discretion, 'BOUND')).toEqual(['Member States']);
  });
});

describe('consulting', () => {
  it('shall consult X names whom the bearer asks, not an authority the duty is owed to', () => {
    const [f] = en('The Commission shall consult the Data Board and the manufacturers concerned before adopting the measure.');
    expect(authorityTerms(f, 'OWED_TO')).toEqual([]);
  });
  it('shall consult with X neither', () => {
    const [f] = en('The Data Board shall review the proposals and consult with the Commission on implementing them.');
    expect(authorityTerms(f, 'OWED_TO')).toEqual([]);
  });
  it('shall provide by law that X … legislates, giving X nothing', () => {
    const [f] = en('Each Member State shall provide by law that its supervisory authority shall have the power to bring infringements before the courts.');
    expect(authorityTerms(f, 'OWED_TO')).toEqual([]);
  });
  it('shall inform X is still owed to X', () => {
    const [f] = en('The Commission shall inform the Data Board of the measure.');
    expect(authorityTerms(f, 'OWED_TO')).toEqual(['Data Board']);
  });
});

const zh = (text: string): NormFinding[] => readArticle(text, 'zh', 'cn');

describe('组织 as a verb', () => {
  it('组织开展… after a modal clause is its coordinated predicate, not a new subject 组织', () => {
    const fs = zh('市级监管机构应当建立联络机制，组织开展监测工作，对重大情况，应当及时向上级监管机构报告。');
    expect(fs.map((f) => f.bearer?.term)).toEqual(['市级监管机构']);
    expect(authorityTerms(fs[0], 'OWED_TO')).toEqual(['上级监管机构']);
  });
  it('有关组织开展… keeps its noun subject', () => {
    const [f] = zh('有关组织开展培训活动，应当向所在地主管部门备案。');
    expect(f?.bearer?.term).toBe('有关组织');
  });
});

describe('answering a request made in the sentence before', () => {
  it('如实报送 after a power to require it is owed to the organ that may require it', () => {
    const [power, duty] = zh('省级监管部门可以要求经营者报送有关情况。经营者应当如实报送。');
    expect(authorityTerms(power, 'EMPOWERS')).toEqual(['省级监管部门']);
    expect(authorityTerms(duty, 'OWED_TO')).toEqual(['省级监管部门']);
  });
  it('如实说明 to a private party owes no organ', () => {
    const [f] = zh('经营者应当向用户如实说明收费标准。');
    expect(authorityTerms(f, 'OWED_TO')).toEqual([]);
  });
});

describe('seeking an organ\'s view', () => {
  it('征求X的意见 owes X nothing, as "consult X" does not; 报X批准 still goes to X', () => {
    expect(authorityTerms(zh('市级人民政府编制规划，应当征求监管部门的意见。')[0], 'OWED_TO')).toEqual([]);
    expect(authorityTerms(zh('经营者终止经营的，应当报监管部门批准。')[0], 'OWED_TO')).toEqual(['监管部门']);
  });
});

describe('lists of duties', () => {
  it('a point after a point with its own modal still belongs to the chapeau', () => {
    const [owner] = zh('经营者应当履行下列义务：\n（一）建立安全管理制度；\n（二）发现违法信息的，应当立即停止传输；\n（三）向监管机构报告有关情况。');
    expect(authorityTerms(owner, 'OWED_TO')).toEqual(['监管机构']);
  });
  it('a list of contents ends at a point with its own modal', () => {
    const [owner] = zh('告知书应当包括下列内容：\n（一）经营者的名称；\n（二）保存期限难以确定的，应当说明确定方法；\n（三）向监管机构报告的方式。');
    expect(authorityTerms(owner, 'OWED_TO')).toEqual([]);
  });
  it('a point answering a request is owed to the organ the chapeau names', () => {
    const [owner] = zh('对监管机构依法进行的检查，经营者应当履行下列义务：\n（一）如实提供有关资料；\n（二）保存检查记录。');
    expect(authorityTerms(owner, 'OWED_TO')).toEqual(['监管机构']);
  });
  it('an organ\'s own list of measures is owed to no one its chapeau names', () => {
    const [owner] = zh('省级监管机构应当会同有关部门采取下列措施：\n（一）组织应急演练；\n（二）提供技术支持和协助。');
    expect(authorityTerms(owner, 'OWED_TO')).toEqual([]);
  });
});

describe('lifting a measure', () => {
  it('an organ\'s duty to revoke its own ban or restore a service empowers it over no one', () => {
    const [revoke] = zh('限制情形消失的，海关应当及时撤销限制出境的决定。');
    expect(authorityTerms(revoke, 'EMPOWERS')).toEqual([]);
    const [restore] = zh('风险消除后，监管部门应当及时作出恢复相关服务的决定。');
    expect(authorityTerms(restore, 'EMPOWERS')).toEqual([]);
  });
  it('an organ\'s duty to order or seal still acts on others', () => {
    const [order] = zh('监管部门应当及时责令有关单位停止传输。');
    expect(authorityTerms(order, 'EMPOWERS')).toEqual(['监管部门']);
  });
});

describe('a request named before the modal', () => {
  it('应X的要求 / 根据X的要求 / X依法要求…的: the duty answers X', () => {
    expect(authorityTerms(zh('应监管部门的要求，经营者应当提供有关资料。')[0], 'OWED_TO')).toEqual(['监管部门']);
    expect(authorityTerms(zh('根据监管部门的要求，经营者应当提交检测报告。')[0], 'OWED_TO')).toEqual(['监管部门']);
    expect(authorityTerms(zh('监管部门依法要求经营者说明情况的，经营者应当在规定期限内作出说明。')[0], 'OWED_TO')).toEqual(['监管部门']);
  });
  it('a body named for its rules (根据X制定的办法) is not a request', () => {
    expect(authorityTerms(zh('根据监管部门制定的办法，经营者应当提交检测报告。')[0], 'OWED_TO')).toEqual([]);
  });
  it('"at the request of X", "upon a duly reasoned request from X", "where requested by X"', () => {
    expect(authorityTerms(en('At the request of the supervisory authority, the controller shall make the record available.')[0], 'OWED_TO')).toEqual(['supervisory authority']);
    expect(authorityTerms(en('Upon a duly reasoned request from the Commission, the manufacturer shall make the record available.')[0], 'OWED_TO')).toEqual(['the Commission']);
    expect(authorityTerms(en('Where requested by the competent authority, the entity shall submit a copy of the assessment.')[0], 'OWED_TO')).toEqual(['competent authority']);
  });
  it('"without prejudice to requests by X" names no request the duty answers', () => {
    expect(authorityTerms(en('Without prejudice to requests by the Commission, the Board shall act independently.')[0], 'OWED_TO')).toEqual([]);
  });
});

describe('points of what a chapeau sends to an authority', () => {
  const text = 'Member States shall ensure that the providers submit to the licensing authority:\n(a) within 24 hours, a first alert, which, where applicable, shall state the cause;\n(b) within 72 hours, a full account, which, where possible, shall update the first alert.';
  it('each point with a modal of its own goes where the chapeau sends it', () => {
    const fs = en(text);
    expect(fs.map((f) => authorityTerms(f, 'OWED_TO'))).toEqual([['licensing authority'], ['licensing authority'], ['licensing authority']]);
  });
  it('a chapeau that does not end with its recipient passes nothing to its points', () => {
    const fs = en('The provider shall notify the licensing authority of the following:\n(a) the cause, which, where applicable, shall state the origin;\n(b) the measures, which, where possible, shall update the first alert.');
    expect(fs.slice(1).map((f) => authorityTerms(f, 'OWED_TO'))).toEqual([[], []]);
  });
});

describe('an organ\'s measures of no named kind', () => {
  it('应当采取有效措施 / 采取技术措施 is the organ\'s own work, not a power', () => {
    expect(authorityTerms(zh('各级监管部门应当采取有效措施，落实安全规划。')[0], 'EMPOWERS')).toEqual([]);
    expect(authorityTerms(zh('对境外传入的违法信息，通信主管部门应当采取技术措施，阻断传播。')[0], 'EMPOWERS')).toEqual([]);
  });
  it('a power to take measures, or coercive measures, still empowers', () => {
    expect(authorityTerms(zh('监管部门可以采取必要措施，消除安全隐患。')[0], 'EMPOWERS')).toEqual(['监管部门']);
    expect(authorityTerms(zh('监管部门应当采取查封、扣押措施。')[0], 'EMPOWERS')).toEqual(['监管部门']);
  });
});

describe('an organ\'s list of acts with a power among its points', () => {
  it('the chapeau empowers the organ when a point is its power', () => {
    const [owner] = zh('海关对扣留的货物，应当妥善保管，并按照下列情形分别处理：\n（一）属于走私的，移送有关机关处理；\n（二）有违法事实的，可以予以没收；\n（三）与案件无关的，应当及时返还。');
    expect(authorityTerms(owner, 'EMPOWERS')).toEqual(['海关']);
  });
  it('a party\'s list gives no one a power', () => {
    const [owner] = zh('经营者应当履行下列义务：\n（一）建立安全管理制度；\n（二）发现违法信息的，应当立即停止传输。');
    expect(authorityTerms(owner, 'EMPOWERS')).toEqual([]);
  });
});

describe('其 as the object of a duty', () => {
  it('向其报告 / 配合其工作 go to the organ named last before it', () => {
    expect(authorityTerms(zh('经营者收到监管部门的通知后，应当立即向其报告处理情况。')[0], 'OWED_TO')).toEqual(['监管部门']);
    expect(authorityTerms(zh('监管机构依法开展检查，经营者应当配合其工作。')[0], 'OWED_TO')).toEqual(['监管机构']);
  });
  it('其 naming a private party owes no organ', () => {
    expect(authorityTerms(zh('经营者收到用户投诉后，应当及时向其说明处理结果。')[0], 'OWED_TO')).toEqual([]);
  });
});
