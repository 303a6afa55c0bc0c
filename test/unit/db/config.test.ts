// databaseConfigFromEnv and the small parsers behind the embedded launcher: clear errors naming the variable.
import { expect } from 'chai';
import {
  DatabaseConfigError,
  databaseConfigFromEnv,
  describeProgress,
  memoryToMebibytes,
  schemaStatements,
  transactionMemoryMebibytes,
} from '../../../server/db';
import { parseJavaMajor } from '../../../server/db/java';

describe('db/config', () => {
  const invalid: [string, NodeJS.ProcessEnv, RegExp][] = [
    ['a URI without scheme', { NEO4J_URI: 'localhost:7687' }, /^NEO4J_URI must start with/],
    ['an http URI', { NEO4J_URI: 'http://localhost:7474' }, /^NEO4J_URI must start with/],
    ['a port that is not a number', { ENLACE_BOLT_PORT: 'seven' }, /^ENLACE_BOLT_PORT must be a port number/],
    ['a port out of range', { ENLACE_BOLT_PORT: '70000' }, /^ENLACE_BOLT_PORT/],
    ['a heap without unit', { ENLACE_NEO4J_HEAP: '1024' }, /^ENLACE_NEO4J_HEAP must be a size/],
    ['a bad page cache', { ENLACE_NEO4J_PAGE_CACHE: 'lots' }, /^ENLACE_NEO4J_PAGE_CACHE must be a size/],
    [
      'a bad transaction memory',
      { ENLACE_NEO4J_TRANSACTION_MEMORY: 'half' },
      /^ENLACE_NEO4J_TRANSACTION_MEMORY must be a size/,
    ],
    ['a database timeout that is not a number', { ENLACE_DB_TIMEOUT: 'soon' }, /^ENLACE_DB_TIMEOUT must be/],
    ['a database timeout of zero', { ENLACE_DB_TIMEOUT: '0' }, /^ENLACE_DB_TIMEOUT must be/],
    ['a database timeout over an hour', { ENLACE_DB_TIMEOUT: '7200' }, /^ENLACE_DB_TIMEOUT must be/],
    [
      'a Java option without its dash',
      { ENLACE_NEO4J_JAVA_OPTS: '-Xss2m XX:+UseG1GC' },
      /got "XX:\+UseG1GC"/,
    ],
  ];
  for (const [what, env, message] of invalid) {
    it(`should throw DatabaseConfigError for ${what}`, () => {
      expect(() => databaseConfigFromEnv(env, '/srv'))
        .to.throw(DatabaseConfigError)
        .with.property('message')
        .that.matches(message);
    });
  }

  it('defaults to the embedded database under ./data/neo4j on port 7687', () => {
    expect(databaseConfigFromEnv({}, '/srv/enlace')).to.deep.equal({
      mode: 'embedded',
      dataDir: '/srv/enlace/data',
      storeDir: '/srv/enlace/data/neo4j',
      boltPort: 7687,
      heap: '1g',
      pageCache: '512m',
      database: 'neo4j',
      answerTimeoutMs: 30_000,
    });
  });

  it('reads ENLACE_DB_TIMEOUT in seconds, for the embedded and an external database', () => {
    expect(databaseConfigFromEnv({ ENLACE_DB_TIMEOUT: '7' }, '/srv')).to.include({ answerTimeoutMs: 7_000 });
    expect(
      databaseConfigFromEnv({ NEO4J_URI: 'bolt://db:7687', ENLACE_DB_TIMEOUT: '2.5' }, '/srv'),
    ).to.include({ answerTimeoutMs: 2_500 });
  });

  it('reads ENLACE_DATA_DIR, ENLACE_BOLT_PORT and memory sizes', () => {
    const config = databaseConfigFromEnv(
      {
        ENLACE_DATA_DIR: '/var/enlace',
        ENLACE_BOLT_PORT: '7688',
        ENLACE_NEO4J_HEAP: '2G',
        ENLACE_NEO4J_PAGE_CACHE: '1g',
      },
      '/srv',
    );
    expect(config).to.include({
      mode: 'embedded',
      storeDir: '/var/enlace/neo4j',
      boltPort: 7688,
      heap: '2g',
      pageCache: '1g',
    });
  });

  const transactionMemory: [string, Partial<{ heap: string; transactionMemory: string }>, number][] = [
    ['half the heap by default', { heap: '1g' }, 512],
    ['half of a small heap', { heap: '512m' }, 256],
    ['at least 16 MiB', { heap: '16m' }, 16],
    ['ENLACE_NEO4J_TRANSACTION_MEMORY when set', { heap: '1g', transactionMemory: '300m' }, 300],
    ['no limit for 0', { heap: '1g', transactionMemory: '0' }, 0],
  ];
  for (const [what, config, mebibytes] of transactionMemory) {
    it(`limits one transaction's memory: ${what}`, () => {
      expect(transactionMemoryMebibytes({ heap: '1g', ...config })).to.equal(mebibytes);
    });
  }

  it('reads ENLACE_NEO4J_JAVA_OPTS as a list of JVM options, none when unset', () => {
    const config = databaseConfigFromEnv(
      { ENLACE_NEO4J_JAVA_OPTS: ' -XX:TieredStopAtLevel=1  -Xss2m ' },
      '/srv',
    );
    expect(config).to.include({ mode: 'embedded' });
    expect(config).to.have.deep.property('javaOptions', ['-XX:TieredStopAtLevel=1', '-Xss2m']);
    expect(databaseConfigFromEnv({}, '/srv')).to.not.have.property('javaOptions');
  });

  it('reads ENLACE_NEO4J_TRANSACTION_MEMORY', () => {
    expect(databaseConfigFromEnv({ ENLACE_NEO4J_TRANSACTION_MEMORY: '256M' }, '/srv')).to.include({
      transactionMemory: '256m',
    });
    expect(databaseConfigFromEnv({ ENLACE_NEO4J_TRANSACTION_MEMORY: '0' }, '/srv')).to.include({
      transactionMemory: '0',
    });
  });

  it('uses an external Neo4j when NEO4J_URI is set', () => {
    expect(
      databaseConfigFromEnv({
        NEO4J_URI: 'neo4j+s://x.databases.neo4j.io',
        NEO4J_PASSWORD: 's',
        NEO4J_DATABASE: 'enlace',
      }),
    ).to.deep.equal({
      mode: 'external',
      uri: 'neo4j+s://x.databases.neo4j.io',
      user: 'neo4j',
      password: 's',
      database: 'enlace',
      answerTimeoutMs: 30_000,
    });
  });

  const sizes: [string, number][] = [
    ['512m', 512],
    ['2g', 2048],
    ['4096k', 4],
    ['1k', 1],
  ];
  for (const [size, mebibytes] of sizes) {
    it(`memoryToMebibytes("${size}") is ${mebibytes}`, () =>
      expect(memoryToMebibytes(size)).to.equal(mebibytes));
  }

  const javas: [string, number | null][] = [
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['command not found', null],
  ];
  for (const [output, major] of javas) {
    it(`parseJavaMajor('${output}') is ${major}`, () => expect(parseJavaMajor(output)).to.equal(major));
  }

  it('splits schema.cypher into statements, dropping comment lines', () => {
    const text =
      '// header\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n// b\nCREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y);\n';
    expect(schemaStatements(text)).to.deep.equal([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y)',
    ]);
  });

  it('describes build progress every 20 downloads, and readiness', () => {
    expect(describeProgress({ phase: 'build-download', downloaded: 19, artifact: 'x.jar' })).to.equal(null);
    expect(describeProgress({ phase: 'build-download', downloaded: 40, artifact: 'x.jar' })).to.match(
      /40 artefacts/,
    );
    expect(
      describeProgress({ phase: 'ready', uri: 'bolt://127.0.0.1:7687', version: '5.26.30', seconds: 6 }),
    ).to.equal('Neo4j 5.26.30 ready at bolt://127.0.0.1:7687 (6.0 s)');
  });
});
