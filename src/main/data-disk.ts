import { existsSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import type { Language } from '../shared/languages';
import type { StartupMessage } from '../shared/startup-messages';

/**
 * A data folder on a disk that is not there now: a USB disk left at home, a network drive not yet
 * connected. Opening the store there would fail with an unhelpful code or, worse, start an empty
 * data folder in the mount point on the system disk, as if every visit were gone. So Qonaq checks
 * first, names the disk and does not start.
 */

/** Where removable and network disks appear on macOS and Linux: a missing folder here is a disk not mounted. */
const MOUNT_PARENTS = ['/Volumes', '/mnt', '/media'];
/** Where a disk appears under a per-user folder: /media/<user>/<label>, /run/media/<user>/<label>. */
const USER_MOUNT_PARENTS = ['/media', '/run/media'];

/**
 * The disk (drive, share or mount point) that `folder` is on, when that disk is missing; undefined
 * when the folder exists or merely has not been made yet on a disk that is there.
 */
export function missingDisk(
  folder: string,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  if (exists(folder)) return undefined;
  if (platform === 'win32') {
    const root = win32.parse(win32.resolve(folder)).root;
    return root !== '' && !exists(root) ? root : undefined;
  }
  const parts = posix.resolve(folder).split('/').filter(Boolean);
  let path = '';
  for (const part of parts) {
    const parent = path === '' ? '/' : path;
    path = `${path}/${part}`;
    if (exists(path)) continue;
    const grandparent = posix.dirname(parent);
    return MOUNT_PARENTS.includes(parent) || USER_MOUNT_PARENTS.includes(grandparent) ? path : undefined;
  }
  return undefined;
}

const MESSAGES: Record<Language, (folder: string, disk: string) => StartupMessage> = {
  az: (folder, disk) => ({
    title: 'Qonaq məlumatlarının olduğu disk qoşulmayıb',
    message: `Məlumat qovluğu\n${folder}\nhazırda qoşulmamış diskdədir (${disk}).\n\nDiski və ya şəbəkə diskini qoşun, sonra Qonaq proqramını yenidən başladın. Başqa yerdə boş məlumat qovluğu açmamaq üçün Qonaq başlamadı.`,
  }),
  en: (folder, disk) => ({
    title: 'The disk with Qonaq’s data is not connected',
    message: `The data folder\n${folder}\nis on a disk that is not connected now (${disk}).\n\nConnect the disk or the network drive, then start Qonaq again. Qonaq did not start, so as not to begin an empty data folder somewhere else.`,
  }),
  ru: (folder, disk) => ({
    title: 'Диск с данными Qonaq не подключён',
    message: `Папка данных\n${folder}\nнаходится на диске, который сейчас не подключён (${disk}).\n\nПодключите диск или сетевой диск и запустите Qonaq снова. Qonaq не запустился, чтобы не начать пустую папку данных в другом месте.`,
  }),
};

export function missingDiskMessage(folder: string, disk: string, language: Language): StartupMessage {
  return MESSAGES[language](folder, disk);
}
