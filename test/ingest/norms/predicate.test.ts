import { describe, expect, it } from 'vitest';
import { modalWords, predicateOf } from '../../../ingest/norms/predicate.ts';

const words = modalWords({ DUTY: { zh: ['应当', '有[^。]{1,30}的义务'], en: ['shall', 'is obliged to'] }, PERMISSION: { zh: ['可以'], en: ['shall have the right to', 'may'] } });

describe('modalWords', () => {
  it('keeps the markers written as words, not the patterns', () => {
    expect([...words].sort()).toEqual(['is obliged to', 'may', 'shall', 'shall have the right to', '可以', '应当']);
  });
});

describe('predicateOf', () => {
  it('reads a Chinese predicate from the modal word to the clause end', () => {
    expect(predicateOf('运营者应当及时启动应急预案。', '应当', 'zh', words)).toBe('及时启动应急预案');
    expect(predicateOf('经营者应当按照规定如实报告，并保存记录。', '应当', 'zh', words)).toBe('按照规定如实报告，并保存记录');
  });

  it('opens the predicate at a marker that is itself the act', () => {
    expect(predicateOf('由主管部门处一万元以上十万元以下罚款。', '处', 'zh', words)).toBe('处一万元以上十万元以下罚款');
  });

  it('cuts a long Chinese clause at its last comma within the bound, never inside a list, and marks the cut', () => {
    expect(predicateOf(`公司应当提供准确、完整、${'乙'.repeat(40)}的资料。`, '应当', 'zh', words)).toBe(`提供准确、完整、${'乙'.repeat(32)}…`);
    const long = '单位应当对其管理的设施设备开展定期检查和维护，及时发现和消除隐患，并将检查情况记入台账备查。';
    expect(predicateOf(long, '应当', 'zh', words)).toBe('对其管理的设施设备开展定期检查和维护，及时发现和消除隐患…');
    const unbroken = `机构应当${'甲'.repeat(50)}。`;
    expect(predicateOf(unbroken, '应当', 'zh', words)).toBe(`${'甲'.repeat(40)}…`);
  });

  it('reads an English predicate after the modal word, as a word', () => {
    expect(predicateOf('The provider shall keep the logs for six months; it may delete them later.', 'shall', 'en', words)).toBe('keep the logs for six months');
    expect(predicateOf('Every marshall shall file a return.', 'shall', 'en', words)).toBe('file a return');
    expect(predicateOf('The data subject shall have the right to lodge a complaint.', 'shall have the right to', 'en', words)).toBe('lodge a complaint');
    expect(predicateOf('The Secretary shall, in consultation with the Director, publish a list of covered items.', 'shall', 'en', words)).toBe('publish a list of covered items');
  });

  it('cuts a long English clause at a comma or a word', () => {
    const q = 'The operator shall maintain an inventory of the equipment it operates in the network and of its suppliers, including their places of establishment, and update it yearly.';
    expect(predicateOf(q, 'shall', 'en', words)).toBe('maintain an inventory of the equipment it operates in the network and of its suppliers…');
  });

  it('gives nothing without the marker or without words after it', () => {
    expect(predicateOf('运营者应当。', '应当', 'zh', words)).toBeUndefined();
    expect(predicateOf('运营者及时报告。', '应当', 'zh', words)).toBeUndefined();
    expect(predicateOf('运营者应当报告。', undefined, 'zh', words)).toBeUndefined();
  });
});
