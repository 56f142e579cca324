// The embedded launcher's settings as the running Neo4j took them: its debug.log lists the settings it was given
// ("DBMS provided settings:"), internal ones included, which dbms.listConfig and SHOW SETTINGS leave out.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../config.ts';

/** The settings of the last start logged in a debug.log: "name=value" lines under "DBMS provided settings:". */
function providedSettings(debugLog: string): Map<string, string> {
  const lines = debugLog.split('\n');
  const start = lines.findLastIndex((l) => l.trimEnd().endsWith('DBMS provided settings:'));
  const settings = new Map<string, string>();
  if (start < 0) return settings;
  for (const line of lines.slice(start + 1)) {
    const m = /^\s*([a-z][\w.]*)=(.*)$/.exec(line);
    if (!m) break;
    settings.set(m[1]!, m[2]!.trimEnd());
  }
  return settings;
}

describe('the embedded launcher', () => {
  const dataDir = inject('neo4jDataDir');

  it("stops Bolt's event loops without netty's quiet period, and keeps its other settings", () => {
    // A server NEO4J_URI names is its operator's: the launcher's settings are not there to read.
    if (!dataDir) return expect(loadConfig().neo4j.uri).toBeTruthy();
    const settings = providedSettings(fs.readFileSync(path.join(dataDir, 'logs', 'debug.log'), 'utf8'));
    // Netty's default waits 5 s for tasks that never come after the connectors closed: every stop paid it.
    expect(settings.get('internal.dbms.bolt.netty_server_shutdown_quiet_period')).toBe('0');
    expect(settings.get('dbms.security.auth_enabled')).toBe('false');
    expect(settings.get('db.index_sampling.background_enabled')).toBe('false');
    expect(settings.get('server.bolt.listen_address')).toMatch(/^127\.0\.0\.1:\d+$/);
  });
});
