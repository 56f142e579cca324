// A company's name and a coined model word after it name the company's product (things.ts modelAfterName).
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';

const mentions = (text: string): string[] =>
  recogniseMarkdown(`# T\n\n${text}`).sentences.flatMap((s) => s.mentions.map((m) => `${m.surface}=${m.label}`));

describe('a maker\'s name and a model word', () => {
  it('reads a coined word after a company as its product, with or without a head after it', () => {
    expect(mentions('The county grounded its DJI Zantor fleet and sold two Hikvision LumaView cameras.')).toEqual(
      expect.arrayContaining(['DJI Zantor=Product', 'Hikvision LumaView=Product']),
    );
    expect(mentions('Crews still fly the DJI QX after the audit.')).toContain('DJI QX=Product');
  });
  it('keeps the company where the word after it is a line of business, a state or a title', () => {
    expect(mentions('Shares of Huawei Technologies fell.')).toContain('Huawei Technologies=Company');
    expect(mentions('Hikvision CEO Hu spoke at noon.').some((m) => m.endsWith('=Product'))).toBe(false);
    expect(mentions('DJI USA opened an office in Texas.')).toContain('DJI=Company');
  });
  it('leaves a longer capitalised name alone', () => {
    expect(mentions('The DJI Zantor Service Center closed.').some((m) => m.startsWith('DJI Zantor='))).toBe(false);
  });
});

describe('a company named in full', () => {
  it('ends at its legal form: the word after it is no model', () => {
    expect(mentions('Suppliers: Kestrel Avionics Co., Ltd. Vantor remains listed.').some((m) => m.endsWith('=Product'))).toBe(false);
  });
});
