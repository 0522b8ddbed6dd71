// The PouchDB packages ship no types, and DefinitelyTyped's declare Node's globally (which breaks
// the build's own): the few members Maille uses, typed here.
declare module 'pouchdb-core' {
  interface PouchConstructor {
    new (name: string, options?: { adapter?: string; auth?: { username: string; password: string }; skip_setup?: boolean; fetch?: typeof fetch }): import('./engine').ReplicaDb;
    plugin(plugin: unknown): PouchConstructor;
  }
  const PouchDB: PouchConstructor;
  export default PouchDB;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
