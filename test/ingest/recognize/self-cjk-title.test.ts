// A title that opens with a Chinese act's name, unquoted, as a corpus manifest or a file's heading gives it: the act is the
// document's own instrument, and its 本条例 / 本办法 name it. Own titles.
import { describe, expect, it } from 'vitest';
import { documentSelf, selfMentions } from '../../../ingest/recognize/self.ts';

const own = (title: string, text: string): { name?: string; surfaces: string[] } => {
  const self = documentSelf({ title, sentences: [text] });
  return { name: self?.found.name, surfaces: self ? selfMentions(text, self, () => 'self').map((m) => m.surface) : [] };
};

describe('a Chinese act named by the title', () => {
  it('is the document itself, with an English name in brackets after it or without', () => {
    expect(own('水上巡检机器人管理办法 (Measures on Water Inspection Robots, 2031)', '为了规范水上巡检机器人，制定本办法。')).toEqual({ name: '水上巡检机器人管理办法', surfaces: ['本办法'] });
    expect(own('港口设施安全条例', '本条例自公布之日起施行。')).toEqual({ name: '港口设施安全条例', surfaces: ['本条例'] });
  });
  it('is none where the title names no act', () => {
    expect(own('水上巡检机器人市场分析', '本报告分析市场。').name).toBeUndefined();
  });
});
