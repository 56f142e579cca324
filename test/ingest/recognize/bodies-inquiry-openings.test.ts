// A body whose head also heads private bodies (a centre, an institute, a group, a network) is a public body where it
// opens an inquiry itself: its name right before a verb of opening and an inquiry's noun (grammar/names.yaml
// inquiry-openings; bodies.ts typedByContext). Own sentences, invented names (helper-363: dev26's Cooperation Group and
// dev30's Centre for ... Vehicles were read as organisations, and their assessments vetoed by labels).
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const bodies = (text: string): string[] => findBodies(text).map((f) => `${f.surface} => ${f.label}`);

describe('a centre or a group opening an inquiry', () => {
  it('is a public body', () => {
    expect(bodies('The Centre for Harbour Robotics (CHR) has commissioned an assessment of crane controllers.')).toEqual(['Centre for Harbour Robotics => Authority']);
    expect(bodies('In May the Harbour Cooperation Group began such an assessment of port cranes.')).toEqual(['Harbour Cooperation Group => Authority']);
    expect(bodies('The Coastal Drone Network opened an investigation into two drone makers.')).toEqual(['Coastal Drone Network => Authority']);
    expect(bodies('The Institute for Rail Safety launched a formal inquiry into signalling failures.')).toEqual(['Institute for Rail Safety => Authority']);
  });
  it('stays an organisation where it does anything else', () => {
    expect(bodies('The Harbour Cooperation Group met in May.')).toEqual(['Harbour Cooperation Group => Organization']);
    expect(bodies('The Centre for Harbour Robotics published a report on crane controllers.')).toEqual(['Centre for Harbour Robotics => Organization']);
    expect(bodies('An assessment of the cranes was commissioned by the Centre for Harbour Robotics.')).toEqual(['Centre for Harbour Robotics => Organization']);
  });
  it('leaves a legal form and other heads alone', () => {
    expect(bodies('Kestrel Corporation commissioned an assessment of its cameras.').map((b) => b.endsWith('Authority'))).not.toContain(true);
    expect(bodies('The Drone Users Association launched an inquiry into the outage.')).toEqual(['Drone Users Association => Organization']);
  });
});
