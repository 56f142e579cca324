// China's Ministry of Commerce by the names reports give it: the acronym MOFCOM (the catalog's, no text defines it) and
// 商务部 in a Chinese citation or sentence are one body (catalog authority:mofcom), and its acts are read under either;
// 美国商务部 stays the US department. Own sentences, fictional companies.
import { describe, expect, it } from 'vitest';
import { statedInOrder, statedRelations } from './helpers.ts';

const MOFCOM = 'authority:mofcom';

describe('MOFCOM', () => {
  it('acts under its acronym, a Chinese citation of its announcement beside it', () => {
    const text = 'Under Announcement No. 4 of 2031 (商务部公告2031年第4号), MOFCOM restricted exports of harbour cranes.\n\nIn May MOFCOM added Jialing Harbour Machinery Co., Ltd. to its Unreliable Entity List.';
    expect(statedRelations(text)).toEqual([`${MOFCOM} ADDS_TO_LIST company:~jialing-harbour-machinery-co-ltd`, `${MOFCOM} RESTRICTS product:~harbour-crane`]);
  });

  it('is 商务部 in Chinese, and 美国商务部 is the US department', () => {
    expect(statedInOrder('商务部决定将甲岭科技公司列入不可靠实体清单。', { language: 'zh', title: '公告' })).toEqual([`${MOFCOM} ADDS_TO_LIST company:~甲岭科技公司`]);
    expect(statedInOrder('美国商务部把甲岭科技公司列入了实体清单。', { language: 'zh', title: '公告' })).toEqual(['authority:us-commerce ADDS_TO_LIST company:~甲岭科技公司']);
  });
});
