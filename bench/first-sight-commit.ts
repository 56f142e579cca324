// The commit at which a development gold file was first annotated: the oldest commit touching it whose file holds
// documents. Most files were added annotated; some were added as a head alone (the selection fixed by number before any
// passage was read: dev36, dev39, dev41) and annotated in the next commit, before any rule was changed on them.
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';
import { repoRoot } from '../config.ts';

const git = (...args: string[]): string => execFileSync('git', ['-C', repoRoot, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

export function annotatingCommit(file: string): string {
  const commits = git('log', '--reverse', '--format=%H', '--', file).trim().split('\n').filter(Boolean);
  const annotated = commits.find((c) => Object.keys((parse(git('show', `${c}:${file}`)) as { documents?: object } | null)?.documents ?? {}).length > 0);
  return annotated ?? commits[0] ?? '';
}
