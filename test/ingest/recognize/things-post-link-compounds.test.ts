// A post-modifier after "with" ends at its last noun, not at a word that only looks plural and modifies the noun after it
// ("graphics processing units", "telematics units"): the class named by what its members have runs on to that head, and
// where the head lies past the post-modifier's limit the phrase has no post-modifier at all (grammar/things.yaml
// post-links; things.ts postModified). Own sentences.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('a post-modifier whose plural-looking word modifies a head after it', () => {
  it('runs on to the head', () => {
    expect(found('Fleets buy vehicles with audited telematics units.')).toContain('vehicles with audited telematics units');
    expect(found('The firm sells drones with avionics processing modules.')).toContain('drones with avionics processing modules');
  });
  it('is no post-modifier where the head lies past its limit, and cuts no name inside the compound', () => {
    const things = found('Buyers want servers with advanced graphics processing units.');
    expect(things).toContain('advanced graphics processing units');
    expect(things).not.toContain('servers with advanced graphics');
  });
  it('still ends at a plural noun that ends the phrase', () => {
    expect(found('Buyers want drones with thermal payloads.')).toContain('drones with thermal payloads');
    expect(found('The Regulation covers products with digital elements placed on the market.')).toContain('products with digital elements');
  });
});
