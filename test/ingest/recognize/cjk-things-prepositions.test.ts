// A Chinese preposition before a product name is no part of it. Own sentences.
import { describe, expect, it } from 'vitest';
import { findCjkThings } from '../../../ingest/recognize/cjk-things.ts';

const names = (t: string): string[] => findCjkThings(t).map((f) => f.surface);

describe('a preposition before a Chinese product name', () => {
  it('opens the name after it', () => {
    // A head alone is no name: nothing is left of '围绕无人机'.
    expect(names('分析人士认为，围绕无人机的竞争正在加剧。')).toEqual([]);
    expect(names('分析人士认为，围绕军用无人机的竞争正在加剧。')).toEqual(['军用无人机']);
    expect(names('海关总署针对激光雷达开展了检查。')).toEqual(['激光雷达']);
    expect(names('商务部发布了关于无人机飞行控制器的公告。')).toEqual(['无人机飞行控制器']);
  });
});
