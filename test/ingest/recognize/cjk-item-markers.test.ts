// helper-155: a name right after an item marker of running Chinese text (grammar/cjk-openers.yaml: 一是, 二是, 其次), as
// after a clause's start (dev31 at first sight: "二是不可靠实体清单工作机制依据…" missed the body). Own sentences.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';
import { findCjkThings } from '../../../ingest/recognize/cjk-things.ts';
import { statedInOrder } from '../reports/helpers.ts';

const authorities = (text: string): string[] => findBodies(text).filter((f) => f.label === 'Authority').map((f) => f.surface);

describe('a Chinese name after an item marker', () => {
  it('reads a body right after 一是, 二是 or 其次 at a clause start', () => {
    expect(authorities('主要措施如下：一是海事总署加强检查；二是不可靠实体清单工作机制启动调查。')).toEqual(['海事总署', '不可靠实体清单工作机制']);
    expect(authorities('其次，交通运输部将另行通知；其次交通运输部将另行通知。')).toEqual(['交通运输部', '交通运输部']);
  });
  it('reads goods right after one', () => {
    expect(findCjkThings('受影响的产品有两类：一是车载毫米波雷达，二是工业边缘网关。').map((f) => f.surface)).toEqual(['车载毫米波雷达', '工业边缘网关']);
  });
  it('is no marker inside a word (统一是)', () => {
    expect(authorities('标准统一是海事总署的职责。')).toEqual([]);
  });
  it("gives each item's act to the body after its marker", () => {
    expect(statedInOrder('中方采取了以下措施：一是不可靠实体清单工作机制将甲岭科技公司列入不可靠实体清单；二是海事总署对乙峰光电公司开展调查。', { language: 'zh', title: '答记者问' })).toEqual([
      'authority:~不可靠实体清单工作机制 ADDS_TO_LIST company:~甲岭科技公司',
      'authority:~海事总署 INVESTIGATES company:~乙峰光电公司',
    ]);
  });
});
