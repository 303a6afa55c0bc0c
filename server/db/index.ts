// The public face of server/db: configuration, the embedded lifecycle, the query gateway, schema, status.
export {
  databaseConfigFromEnv,
  memoryToMebibytes,
  transactionMemoryMebibytes,
  EMBEDDED_DEFAULTS,
  TRANSACTION_MEMORY_SHARE,
} from './config';
export type { DatabaseConfig, EmbeddedDatabaseConfig, ExternalDatabaseConfig } from './config';
export {
  DatabaseError,
  DatabaseConfigError,
  DatabaseUnavailableError,
  DatabaseNotAnsweringError,
  AttachedDatabaseStoppedError,
  DatabaseStoreError,
  QueryError,
  ReadOnlyViolationError,
  QueryRefusedError,
  QueryTimeoutError,
  QueryMemoryError,
  EmbeddedStartError,
  PortTakenError,
  StoreInUseError,
  translateDriverError,
} from './errors';
export { ensureNeo4jBuilt, DEFAULT_LAUNCHER_DIR } from './build';
export type { LauncherBuild } from './build';
export { checkJava } from './java';
export { isPortFree, findFreePort } from './port';
export { progressLines, describeProgress } from './progress';
export type { LauncherProgress, ProgressListener } from './progress';
export { startEmbeddedNeo4j, findRunningEmbedded, stopEmbeddedFromPidFile, boltAnswers } from './embedded';
export type { EmbeddedNeo4j, StartOptions } from './embedded';
export type { PidRecord } from './pid-file';
export { attachedDatabaseStopped } from './attached';
export { DEFAULT_ANSWER_TIMEOUT_MS, probeDatabase, watchAnswers } from './answer';
export type { AnswerWatch, ProbeOutcome } from './answer';
export { openDatabase, connectDatabase, driverConfig, DRIVER_CONFIG } from './open';
export type { DatabaseConnection } from './open';
export { createGateway } from './gateway';
export type {
  ExplainResult,
  Gateway,
  PlanOperator,
  QueryNotification,
  QueryOptions,
  QueryResult,
  QueryType,
  Transaction,
} from './gateway';
export { toPlain } from './values';
export type { PlainNode, PlainPath, PlainRelationship } from './values';
export { applySchema, describeSchema, schemaStatements, SCHEMA_FILE } from './schema';
export type { SchemaSummary } from './schema';
export { databaseStatus } from './status';
export type { DatabaseStatus } from './status';
export { dbStart, dbStop, dbStatus, formatDbStatus } from './db-commands';
export type { DbLogger, DbStatusReport } from './db-commands';
export { withWriteLock, describeHolder, WRITE_LOCK } from './write-lock';
export type { LockHolder, WriteLockOptions } from './write-lock';
