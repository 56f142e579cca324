// Where tests find the reference corpus (third-party texts kept beside the repository).
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.ts';

export const corpusDir = loadConfig().corpus;
export const corpusFile = (rel: string): string => path.join(corpusDir, rel);
export const readCorpus = (rel: string): string => fs.readFileSync(corpusFile(rel), 'utf8');
export const fixture = (rel: string): string => path.join(import.meta.dirname, 'fixtures', rel);
export const readFixture = (rel: string): string => fs.readFileSync(fixture(rel), 'utf8');
