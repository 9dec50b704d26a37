/**
 * A real CouchDB 3 to run the replication tests against instead (`COUCHDB_URL=https://couch.example:6984`,
 * with `COUCHDB_USER` and `COUCHDB_PASSWORD` of a server admin, who may create databases). The tests that
 * need users of their own (sign-in, a colleague out of reach) run on the npm server only.
 */
export const REAL_COUCHDB = process.env.COUCHDB_URL?.replace(/\/+$/, '');

/** The credentials the tests sign in with on a real CouchDB; none on the test server (admin party). */
export function couchAuth(): { auth?: { username: string; password: string } } {
  const { COUCHDB_USER: username, COUCHDB_PASSWORD: password } = process.env;
  return REAL_COUCHDB && username ? { auth: { username, password: password ?? '' } } : {};
}
