/** The little of PouchDB and express-pouchdb the test CouchDB server uses (they ship no types). */

declare module 'pouchdb-core' {
  interface PouchStatic {
    plugin(plugin: unknown): PouchStatic;
    defaults(options: Record<string, unknown>): PouchStatic;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}

declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  /** An express application serving CouchDB's HTTP API from the PouchDB constructor given. */
  function expressPouchDB(
    pouch: unknown,
    options?: Record<string, unknown>,
  ): (request: IncomingMessage, response: ServerResponse) => void;
  export default expressPouchDB;
}
