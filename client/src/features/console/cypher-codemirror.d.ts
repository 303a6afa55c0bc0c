// @neo4j-cypher/codemirror ships its types beside src/codemirror.js, which its "exports" map hides
// from the package's main entry; this points the main entry at them.
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.js';
}
