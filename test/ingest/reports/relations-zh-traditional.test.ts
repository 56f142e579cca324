// A Chinese text in traditional characters is read as its simplified form is, and what is read keeps the text's own
// characters (records.ts analyseReport, ingest/text/han-variants.ts). Own sentences, fictional companies.
import { describe, expect, it } from 'vitest';
import { analyseText, statedInOrder } from './helpers.ts';

const TRADITIONAL = '經濟部決定將晴川航電有限公司（Qingchuan Avionics Ltd.）列入出口管制實體名單，並對其產製之空拍機實施出口管制。';
const SIMPLIFIED = '经济部决定将晴川航电有限公司（Qingchuan Avionics Ltd.）列入出口管制实体名单，并对其产制之空拍机实施出口管制。';

describe('a Chinese text in traditional characters', () => {
  it('states the relations its simplified form states', () => {
    const read = statedInOrder(TRADITIONAL, { language: 'zh' });
    expect(read.length).toBeGreaterThan(0);
    expect(read.map((r) => r.replace(/[^\x00-\x7f]+/g, '·'))).toEqual(statedInOrder(SIMPLIFIED, { language: 'zh' }).map((r) => r.replace(/[^\x00-\x7f]+/g, '·')));
  });
  it('keeps the names, surfaces and quotes in the text\'s own characters', () => {
    const { rec, relations } = analyseText(TRADITIONAL, { language: 'zh' });
    const surfaces = rec.sentences.flatMap((f) => f.mentions.map((m) => m.surface));
    expect(surfaces).toContain('晴川航電有限公司');
    expect(rec.entities.map((e) => e.name)).toContain('晴川航電有限公司');
    expect(relations.find((r) => r.type === 'ADDS_TO_LIST')?.quote).toContain('列入出口管制實體名單');
  });
  it('reads the mainland by its name in either writing', () => {
    const { rec } = analyseText('部分設備會將影像資料回傳至位於中國大陸之伺服器。', { language: 'zh' });
    expect(rec.sentences.flatMap((f) => f.mentions.filter((m) => m.id === 'jur:cn').map((m) => m.surface))).toEqual(['中國大陸']);
  });
});
