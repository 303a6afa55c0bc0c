// Opening the database for a command: progress while Neo4j is fetched or started, schema applied,
// and always closed afterwards (stopping the embedded database if this command started it).
import {
  applySchema,
  attachedDatabaseStopped,
  openDatabase,
  describeProgress,
  watchAnswers,
  type DatabaseConnection,
  type LauncherProgress,
} from '../server/db';
import { createProgress } from './progress';

/** Neo4j's artefacts as Maven fetches them the first time (about 240): the bar's expected total. */
const EXPECTED_ARTEFACTS = 240;

/** Shows the launcher's progress: a bar while Maven downloads, one line per other step. */
export function launcherProgress(
  stream: NodeJS.WriteStream = process.stderr,
): (event: LauncherProgress) => void {
  const bar = createProgress('neo4j', stream);
  return (event) => {
    if (event.phase === 'build-download') {
      bar.update(event.downloaded, Math.max(EXPECTED_ARTEFACTS, event.downloaded), event.artifact);
      return;
    }
    if (event.phase === 'build-done') bar.stop();
    const line = describeProgress(event);
    if (line) stream.write(`${line}\n`);
  };
}

/** Opens the database the environment names (starting the embedded one if needed) with its schema. */
export async function openWithSchema(env: NodeJS.ProcessEnv): Promise<DatabaseConnection> {
  const db = await openDatabase(env, { onProgress: launcherProgress(), owner: `enlace ${commandName()}` });
  try {
    await watchAnswers(applySchema(db.driver, db.database), answerWatch(db));
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/**
 * Runs `work` with an open database and closes it afterwards, whatever happens. While it runs the
 * database is watched: once it stops answering for ENLACE_DB_TIMEOUT, the command stops saying so,
 * wherever it was waiting (a query, a load, the write lock).
 *
 * @example await withDatabase(process.env, (db) => loadExtractions(db.driver, extractions));
 */
export async function withDatabase<T>(
  env: NodeJS.ProcessEnv,
  work: (db: DatabaseConnection) => Promise<T>,
): Promise<T> {
  const db = await openWithSchema(env);
  try {
    return await watchAnswers(work(db), answerWatch(db));
  } catch (error) {
    // Whatever failed (a refused connection, a transaction terminated by the shutdown), the reason is
    // the owner's end when it has ended; its message is kept inside.
    throw (db.attachedTo && (await attachedDatabaseStopped(db.attachedTo, error))) || error;
  } finally {
    await db.close();
  }
}

/** The sub-command running: "ingest", "query", "start". */
function commandName(): string {
  return process.argv.slice(2).find((arg) => !arg.startsWith('-')) ?? '';
}

/** What the command waits on, for the message when the database falls silent. */
function answerWatch(db: DatabaseConnection) {
  const command = commandName();
  return {
    driver: db.driver,
    database: db.database,
    timeoutMs: db.answerTimeoutMs,
    context: `${db.uri}, during "enlace ${command}"`,
  };
}
