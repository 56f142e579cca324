// A Chinese registered name's order (a place, a trade name, a line of business) before "Group" or "Corporation" makes
// the name a company's; a company's name in apposition carries its short names to the company it stands beside.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const mentions = (md: string): string[] =>
  mentionsOf(recogniseMarkdown(md)).map((m) => `${m.surface}=${m.label}:${m.id}`);

describe('trade names before a corporate-form word', () => {
  it('reads a place, then a coined trade name, before "Group" as a Chinese company\'s registered name', () => {
    expect(mentions('The Treasury designated Jiangsu Lanyu Electronics Group on Monday.')).toContain('Jiangsu Lanyu Electronics Group=Company:company:~jiangsu-lanyu-electronics-group');
    expect(mentions('Zhejiang Norvane Telematics Corporation supplies modules.')).toContain('Zhejiang Norvane Telematics Corporation=Company:company:~zhejiang-norvane-telematics-corporation');
  });
  it('leaves public corporations and groups of people as they were', () => {
    const labels = (md: string, name: string): string[] => mentions(md).filter((m) => m.startsWith(`${name}=`)).map((m) => m.split('=')[1].split(':')[0]);
    expect(labels('The Millennium Challenge Corporation funds projects abroad.', 'Millennium Challenge Corporation')).not.toContain('Company');
    expect(labels('The Federal Deposit Insurance Corporation insures deposits.', 'Federal Deposit Insurance Corporation')).not.toContain('Company');
    expect(labels('The Cooperation Group met in Brussels.', 'Cooperation Group')).not.toContain('Company');
  });
  it('gives the short names of a company\'s name in apposition to the company it stands beside', () => {
    const found = mentions('工作机制决定对卡斯特光学公司（Castell Optics Co., Ltd.）开展调查。Castell Optics 表示反对。');
    expect(found).toContain('Castell Optics Co., Ltd.=Company:company:~卡斯特光学公司');
    expect(found).toContain('Castell Optics=Company:company:~卡斯特光学公司');
  });
});

// A short name a parent and its joint venture share ("Morvik" of "Morvik Marine AG" and "Morvik Tangshan Port Machinery
// Co., Ltd."): the text calls the venture by its longer name ("Morvik Tangshan"), so the bare word is the parent's.
// Own text, invented companies.
describe('a short name two companies share', () => {
  const TEXT = [
    '# Cranes',
    '',
    'Morvik Marine AG builds harbour cranes. Its joint venture, Morvik Tangshan Port Machinery Co., Ltd., assembles them in Hebei.',
    '',
    'Morvik Tangshan ships the cranes to Asian ports. Morvik sells them in Europe.',
  ].join('\n');
  it('names the company the text never calls by a longer short name', () => {
    const found = mentions(TEXT);
    expect(found).toContain('Morvik=Company:company:~morvik-marine-ag');
    expect(found).toContain('Morvik Tangshan=Company:company:~morvik-tangshan-port-machinery-co-ltd');
  });
  it('names the parent where the other is a national subsidiary named after it, a country after the shared word', () => {
    const usa = mentions('# D\n\nThe petitioners are Shenzhen Brasholt Aviation Co., Ltd. and Brasholt Aviation USA Inc.\n\nBrasholt sells survey drones.');
    expect(usa).toContain('Brasholt=Company:company:~shenzhen-brasholt-aviation-co-ltd');
    const hk = mentions('# D\n\nMorvik Marine AG and Morvik Marine (Hong Kong) Limited build cranes.\n\nMorvik sells them in Europe.');
    expect(hk).toContain('Morvik=Company:company:~morvik-marine-ag');
  });
  it('names neither where the text calls both by their longer short names, or neither', () => {
    const either = (found: string[]): string[] => found.filter((m) => /^Morvik=Company:company:~morvik-(?:marine|tangshan)/.test(m));
    expect(either(mentions(`${TEXT}\n\nMorvik Marine opened a plant. Morvik rose 3%.`))).toEqual([]);
    expect(either(mentions('# C\n\nMorvik Marine AG and Morvik Tangshan Port Machinery Co., Ltd. build cranes. Morvik sells them.'))).toEqual([]);
  });
});
