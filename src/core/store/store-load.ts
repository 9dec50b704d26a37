import { loadFolder } from './loader';
import type { PartnersRoom } from './partners-room';
import type { RecoveryContext } from './recovery';
import type { RegisterRoom } from './register-room';
import type { SharedRoom } from './shared-room';
import type { VisitsRoom } from './visits-room';

/** The rooms a load fills. */
export interface LoadedRooms {
  visits: VisitsRoom;
  shared: SharedRoom;
  partners: PartnersRoom;
  register: RegisterRoom;
}

/**
 * Reads the folder (`loadFolder`) into the rooms; answers the visit files still to read. A register
 * in a shared document from before version 5 goes to the log, durably, then leaves the document
 * (a crash between the two leaves both, united by entry id at the next load).
 */
export async function loadRooms(
  rooms: LoadedRooms,
  ctx: RecoveryContext,
  useIndex: boolean,
): Promise<string[]> {
  const folder = await loadFolder(ctx, useIndex);
  rooms.visits.begin(folder, folder.rest);
  await rooms.shared.begin(folder.shared);
  rooms.partners.begin(folder.partners);
  const older = rooms.shared.oldRegister;
  if (older) {
    await rooms.register.takeIn(older);
    if (!ctx.readOnly) await rooms.shared.dropRegister();
  }
  return folder.rest;
}
