import { type IDBPDatabase, openDB, unwrap } from 'idb';
import { DB_VERSION, runMigrations } from './migrations';
import { type AssistantDB, DB_NAME } from './schema';

export type Database = IDBPDatabase<AssistantDB>;

/**
 * Opens (and upgrades) the extension's database. Only the background and extension pages call
 * this: a content script would open the web page's own IndexedDB, not ours.
 */
export function openDatabase(name: string = DB_NAME): Promise<Database> {
  return openDB<AssistantDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      runMigrations(unwrap(db), oldVersion, unwrap(tx));
    },
    blocking(_current, _blocked, event) {
      // A newer version (an extension update) wants to upgrade: let go so it can.
      (event.target as IDBDatabase).close();
    },
  });
}
