// Embedded-database configurations for tests and benchmarks: a temp store, a free port, small memory.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EmbeddedDatabaseConfig } from '../../server/db';
import { findFreePort } from '../../server/db';

/** A fresh temp data dir and a free Bolt port; heap and page cache small enough for a 2-core CI box. */
export async function temporaryEmbeddedConfig(
  overrides: Partial<Pick<EmbeddedDatabaseConfig, 'heap' | 'pageCache' | 'dataDir'>> = {},
): Promise<EmbeddedDatabaseConfig> {
  const dataDir = overrides.dataDir ?? mkdtempSync(join(tmpdir(), 'enlace-test-'));
  return {
    mode: 'embedded',
    dataDir,
    storeDir: join(dataDir, 'neo4j'),
    boltPort: await findFreePort(),
    heap: overrides.heap ?? '512m',
    pageCache: overrides.pageCache ?? '128m',
    database: 'neo4j',
  };
}
