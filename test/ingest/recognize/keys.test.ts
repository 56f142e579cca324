// How recognised names are compared and identified across documents.
import { describe, expect, it } from 'vitest';
import { entityKey, recognisedId } from '../../../ingest/recognize/keys.ts';

describe('entity keys and ids', () => {
  it('makes written variants of one name one key', () => {
    expect(entityKey('Authority', 'U.S. Department of Commerce')).toBe(entityKey('Authority', 'the Department of Commerce'));
    expect(entityKey('Law', 'Secure and Trusted Communications Networks Act of 2019')).toBe(entityKey('Law', 'Secure and Trusted Communications Networks Act'));
    expect(entityKey('Product', 'connected vehicles')).toBe(entityKey('Product', 'connected vehicle'));
    expect(entityKey('Authority', "Commission's")).toBe('commission');
    // The state's prefix before a body named "<name> <head>" too.
    expect(entityKey('Authority', 'U.S. Harbour Department')).toBe(entityKey('Authority', 'Harbour Department'));
    expect(entityKey('Authority', 'U.S. Trade Representative')).toBe('us trade representative');
  });
  it('makes an irregular plural the same thing as its singular, and leaves mass nouns and -ss words alone', () => {
    expect(entityKey('Product', 'drone batteries')).toBe('drone battery');
    expect(entityKey('Technology', 'business processes')).toBe(entityKey('Technology', 'business process'));
    expect(entityKey('Technology', 'personal data')).toBe('personal data');
  });
  it('keeps a state that is part of a name ("United States Trade Representative")', () => {
    expect(entityKey('Authority', 'United States Trade Representative')).toBe('united states trade representative');
  });
  it('makes ids that no catalog id can equal', () => {
    const id = recognisedId('Authority', entityKey('Authority', 'Department of Commerce'));
    expect(id).toBe('authority:~commerce-department');
    expect(id.split(':')[1]).not.toMatch(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/);
  });
});
