// Relations that reach what the things they name contain or run (own sentences, fictional bodies and products).
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { analyseReport } from '../../../ingest/reports/records.ts';
import { textSource } from './helpers.ts';

const catalog = loadCatalog();
const relations = (text: string): string[] =>
  analyseReport(parseReport(textSource(`# T\n\n${text}`, 'markdown')), catalog).relations.map((r) => `${r.start} ${r.type} ${r.end}`).sort();

describe('relations through "that contain|run|use"', () => {
  it('reaches what the restricted things run or contain, and what is coordinated with it', () => {
    expect(relations('The Valdmark Harbour Act bars the sale of harbour cranes that run remote docking system software.')).toEqual([
      'law:~valdmark-harbour-act RESTRICTS product:~harbour-crane',
      'law:~valdmark-harbour-act RESTRICTS technology:~remote-docking-system-software',
    ]);
    expect(relations('The Valdmark Harbour Act bars the sale of harbour cranes that contain sonar telemetry hardware or remote docking system software.')).toEqual([
      'law:~valdmark-harbour-act RESTRICTS product:~harbour-crane',
      'law:~valdmark-harbour-act RESTRICTS product:~sonar-telemetry-hardware',
      'law:~valdmark-harbour-act RESTRICTS technology:~remote-docking-system-software',
    ]);
  });
});
