// The text and layout of a development fixture in PDF, written with pdf-writer.ts: a (fictional) digital-rights NGO's
// investigative report on surveillance camera and drone makers supplying police and sanctioned buyers, with footnotes
// at the foot of its pages and raised note marks. `node test/ingest/reports/ngo-report-pdf-fixture.ts` writes
// test/ingest/reports/fixtures/surveillance-cameras-drones-police-ngo-investigation.pdf (its gold:
// test/gold/recognition-dev105.yaml); the PDF adapter reads it as a user's PDF, pages as locators.
// In the text, "^N" marks the place of note N (raised, small, after the preceding word).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePdf, type PdfLine } from './pdf-writer.ts';

type Block = { kind: 'title' | 'subtitle' | 'meta' | 'heading' | 'para' | 'break'; text: string };

export const BLOCKS: Block[] = [
  { kind: 'meta', text: 'Civic Sightline Foundation' },
  { kind: 'title', text: 'Eyes for Hire' },
  { kind: 'subtitle', text: 'How camera and drone makers keep supplying police and sanctioned forces' },
  { kind: 'meta', text: 'Investigative report CSF-2026-07 | September 2026' },
  { kind: 'break', text: '' },
  { kind: 'heading', text: 'Summary' },
  { kind: 'para', text: 'Over eleven months, the Civic Sightline Foundation traced how surveillance cameras and small drones made in China reach police forces and security units that are themselves under sanctions. We reviewed shipping records, procurement notices and company filings, and interviewed nine former employees of distributors in the Gulf and South-East Asia.' },
  { kind: 'para', text: 'Our central finding is simple. Restrictions imposed on the best-known manufacturers have not stopped their products from reaching abusive end users; they have moved the trade to intermediaries that no list yet names.' },
  { kind: 'heading', text: '1. The manufacturers and the rules that already apply to them' },
  { kind: 'para', text: 'Hangzhou Hikvision Digital Technology Co., Ltd. and Zhejiang Dahua Technology Co., Ltd. are the two largest makers of video surveillance equipment in the world. In October 2019 the US Department of Commerce added both companies to the Entity List for their role in the mass surveillance of Uyghurs in Xinjiang.^1 In November 2022 the Federal Communications Commission barred new authorizations of their video surveillance cameras for public safety and critical infrastructure uses, which in practice keeps new models off the US market.^2' },
  { kind: 'para', text: 'The US Treasury has also placed Hikvision on its Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC List), so US persons may not buy its publicly traded securities.^3' },
  { kind: 'para', text: 'SZ DJI Technology Co., Ltd., the dominant maker of consumer and commercial drones, was added to the Entity List in December 2020 and to the NS-CMIC List a year later. Federal agencies have been prohibited from buying or operating drones from DJI and other covered foreign entities since the American Security Drone Act of 2023 took effect.^4' },
  { kind: 'para', text: 'Smaller manufacturers attract far less attention. Shenzhen Feiyuan Skyview Aviation Technology Co., Ltd., which sells fixed-wing mapping drones and thermal camera payloads, is on no list we could find in any jurisdiction.' },
  { kind: 'heading', text: '2. Myanmar: cameras for the police of a junta' },
  { kind: 'para', text: 'Since 2021 the European Union has prohibited the sale of equipment that might be used for internal repression, and of equipment for monitoring telecommunications, to anyone in Myanmar.^5 The United Kingdom imposes similar restrictions.^6 Neither measure names a camera brand.' },
  { kind: 'para', text: 'Customs data we obtained show that between March 2024 and February 2025 Corvina Security Systems FZE, a trading company registered in the Jebel Ali Free Zone in Dubai, shipped at least 1,900 network cameras bearing Dahua model numbers to a Yangon importer. Two former Corvina staff told us the cameras were installed at checkpoints operated by the Myanmar Police Force.^7 Dahua told us that it complies with all applicable export control laws and does not sell to Corvina directly.' },
  { kind: 'heading', text: '3. Russia and Iran: drones and payloads' },
  { kind: 'para', text: 'Feiyuan Skyview thermal payloads appear in at least four sets of drone wreckage documented by Ukrainian investigators in 2025. In January 2026 the Bureau of Industry and Security added two Hong Kong resellers of those payloads, Saltmarsh Components Ltd. and Stonebridge Sensing Ltd., to the Entity List for supplying Russian forces, but left the manufacturer itself untouched.^8' },
  { kind: 'para', text: 'In Iran, Hikvision cameras remain in service across Tehran, where they feed the systems the Law Enforcement Command of the Islamic Republic of Iran (FARAJA) uses to identify women who defy hijab rules. The Council of the European Union has listed FARAJA under its human rights sanctions regime against Iran since 2011 and restricts exports of monitoring equipment to the country.^9' },
  { kind: 'heading', text: '4. Police buyers in democracies' },
  { kind: 'para', text: 'Governments in open societies have moved, though slowly. In November 2022 the UK Cabinet Office told government departments to stop deploying Chinese-made surveillance cameras on sensitive sites. Australia\'s Department of Defence removed Hikvision and Dahua cameras from its buildings in 2023.^10' },
  { kind: 'para', text: 'Police forces have been slower still. Of 43 territorial police forces in England and Wales that answered our freedom of information requests, 31 still operate DJI drones, and 12 have bought new DJI aircraft since 2023.' },
  { kind: 'heading', text: '5. Recommendations' },
  { kind: 'para', text: 'The Council of the European Union should add Corvina Security Systems FZE to the list of persons subject to restrictive measures in respect of Myanmar. The Bureau of Industry and Security should review whether Shenzhen Feiyuan Skyview Aviation Technology Co., Ltd. meets the criteria for the Entity List. Police forces should publish the makers of every camera and drone they operate.' },
];

export const NOTES: Record<string, string> = {
  '1': 'Addition of Certain Entities to the Entity List, 84 Fed. Reg. 54002 (Oct. 9, 2019), 15 C.F.R. part 744, Supplement No. 4.',
  '2': 'Federal Communications Commission, Report and Order, FCC 22-84 (Nov. 25, 2022), implementing the Secure Equipment Act of 2021.',
  '3': 'Executive Order 14032 of June 3, 2021, 86 Fed. Reg. 30145; Office of Foreign Assets Control, NS-CMIC List.',
  '4': 'American Security Drone Act of 2023, Pub. L. 118-31, div. A, title XVIII, subtitle B.',
  '5': 'Council Regulation (EU) No 401/2013 of 2 May 2013 concerning restrictive measures in respect of Myanmar/Burma, Articles 3 and 3a.',
  '6': 'The Myanmar (Sanctions) Regulations 2021, S.I. 2021/496, regulations 21 to 23.',
  '7': 'Interviews with former Corvina employees, Dubai and Bangkok, June 2025 (names withheld).',
  '8': 'Additions to the Entity List, 91 Fed. Reg. 2214 (Jan. 15, 2026).',
  '9': 'Council Regulation (EU) No 359/2011 of 12 April 2011, Annex I and Annex III.',
  '10': 'Cabinet Office, written ministerial statement HCWS393 (Nov. 24, 2022); Australian Department of Defence, statement of Apr. 2023.',
};

const SIZES: Record<Block['kind'], number> = { title: 24, subtitle: 14, meta: 10, heading: 13, para: 10.5, break: 0 };
const LEFT = 72;
const TOP = 720;
/** The measure: the page's width less its two margins. */
const MEASURE = 612 - 2 * LEFT;

/** Helvetica's advance widths (its AFM, per 1000 units of the font size), for the characters this text uses. */
const WIDTHS: Record<string, number> = {
  ...Object.fromEntries([...'abdeghnopqu0123456789$'].map((c) => [c, 556])),
  ...Object.fromEntries([...'ckszvxy'].map((c) => [c, 500])),
  ...Object.fromEntries([...'ijl'].map((c) => [c, 222])),
  ...Object.fromEntries([...' ft.,:;/I'].map((c) => [c, 278])),
  ...Object.fromEntries([...'r()-'].map((c) => [c, 333])),
  m: 833, w: 722, "'": 191, '|': 260, '&': 667, '%': 889, M: 833, W: 944, J: 500, L: 556,
  ...Object.fromEntries([...'ABEKPSVXY'].map((c) => [c, 667])),
  ...Object.fromEntries([...'CDHNRU'].map((c) => [c, 722])),
  ...Object.fromEntries([...'FTZ'].map((c) => [c, 611])),
  ...Object.fromEntries([...'GOQ'].map((c) => [c, 778])),
};
/** A text's width in Helvetica at a size: where a line ends, and where a note mark goes after the word it follows. */
const advance = (text: string, size: number): number => ([...text].reduce((n, c) => n + (WIDTHS[c] ?? 556), 0) * size) / 1000;

/** The document's pages: blocks set from the top down, each page's notes set small above its footer. */
export function pages(): PdfLine[][] {
  const out: PdfLine[][] = [];
  let page: PdfLine[] = [];
  let notes: string[] = [];
  let y = TOP;
  const finish = () => {
    let ny = 60 + 10 * (notes.length - 1);
    for (const n of notes) {
      page.push({ text: `${n} ${NOTES[n]}`, x: LEFT, y: ny, size: 8 });
      ny -= 10;
    }
    page.push({ text: `Civic Sightline Foundation | Eyes for Hire | ${out.length + 1}`, x: 200, y: 36, size: 8 });
    out.push(page);
    page = [];
    notes = [];
    y = TOP;
  };
  for (const b of BLOCKS) {
    if (b.kind === 'break') {
      finish();
      continue;
    }
    const size = SIZES[b.kind];
    const leading = size * 1.3;
    const words = b.text.split(' ');
    const lines: string[] = [];
    let cur = '';
    for (const w of words) {
      const bare = w.replace(/\^\d+/g, '');
      if (cur && advance(`${cur.replace(/\^\d+/g, '')} ${bare}`, size) > MEASURE) {
        lines.push(cur);
        cur = w;
      } else cur = cur ? `${cur} ${w}` : w;
    }
    if (cur) lines.push(cur);
    if (b.kind === 'heading' || b.kind === 'title') y -= size * 0.6;
    for (const line of lines) {
      const marks = [...line.matchAll(/\^(\d+)/g)].map((m) => m[1]);
      const bottom = 60 + 10 * (notes.length + marks.length) + 16;
      if (y - leading < bottom) finish();
      const parts = line.split(/\^(\d+)/);
      let text = '';
      for (let i = 0; i < parts.length; i++) {
        if (i % 2 === 0) text += parts[i];
        else page.push({ text: parts[i], x: Math.round(LEFT + advance(text, size) + 1), y: y + 4, size: 6.5 });
      }
      page.push({ text, x: LEFT, y, size });
      notes.push(...marks);
      y -= leading;
    }
    y -= b.kind === 'para' ? size * 0.9 : size * 0.4;
  }
  finish();
  return out;
}

export const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'surveillance-cameras-drones-police-ngo-investigation.pdf');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(FIXTURE, makePdf(pages()));
  console.log(`wrote ${path.relative(process.cwd(), FIXTURE)}`);
}
