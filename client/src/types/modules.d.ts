// Cytoscape extensions ship no type declarations; they are registered with cytoscape.use().
declare module 'cytoscape-fcose' {
  const fcose: cytoscape.Ext;
  export default fcose;
}
declare module 'cytoscape-svg' {
  const svg: cytoscape.Ext;
  export default svg;
}
