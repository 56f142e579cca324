// Relations that reach what the things they name contain or run (own sentences, fictional bodies and products).
import { describe, expect, it } from 'vitest';
import { relations as inOrder } from './helpers.ts';

const relations = (text: string): string[] => inOrder(text).sort();

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
