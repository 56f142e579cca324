// helper-155: a Latin name in Chinese text, where no space bounds it (dev28 at first sight: "均须事先取得BIS颁发的许可证"
// named no BIS, so the licence requirement had no issuer). Own sentences.
import { describe, expect, it } from 'vitest';
import { ids } from './helpers.ts';

describe('a Latin name between Chinese characters', () => {
  it('is bounded by them, as by spaces', () => {
    expect(ids('该公司向CAC提交申报，并接受FCC审查。')).toEqual(['CAC=authority:cac', 'FCC=authority:fcc']);
  });
  it('is still no name inside a Latin word', () => {
    expect(ids('该公司名为CACTUS科技，与FCCX无关。')).toEqual([]);
  });
});
