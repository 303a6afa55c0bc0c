// Run as a separate process by lifecycle tests: tries to start the embedded Neo4j for a config given as JSON.
// Prints one line, "STARTED <uri>" or "FAILED <ErrorClass> <message>", stops what it started and exits.
import type { EmbeddedDatabaseConfig } from '../../server/db';
import { startEmbeddedNeo4j } from '../../server/db';

const config = JSON.parse(process.argv[2] ?? '{}') as EmbeddedDatabaseConfig;
try {
  const server = await startEmbeddedNeo4j(config);
  console.log(`STARTED ${server.uri}`);
  await server.stop();
} catch (error) {
  const name = error instanceof Error ? error.constructor.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  console.log(`FAILED ${name} ${message.replace(/\n/g, ' ')}`);
}
