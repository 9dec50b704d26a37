import { describe, expect, it } from 'vitest';
import { missingDisk, missingDiskMessage } from '../../../src/main/data-disk';
import { LANGUAGES } from '../../../src/shared/languages';

/** A file system that has exactly these folders (and their parents). */
function disk(...folders: string[]): (path: string) => boolean {
  const present = new Set<string>();
  for (const folder of folders) {
    let path = folder;
    for (;;) {
      present.add(path);
      const parent = path.replace(/[\\/][^\\/]*$/, '') || '/';
      if (parent === path || path === '/') break;
      path = parent;
    }
    present.add('/');
  }
  return (path) => present.has(path.replace(/[\\/]$/, '') || '/') || present.has(path);
}

describe('a data folder on a disk that is gone', () => {
  it('is not reported when the folder is there, or merely not made yet on a disk that is', () => {
    const home = disk('/home/aysel/.config');
    expect(
      missingDisk('/home/aysel/.config/Qonaq/data', 'linux', disk('/home/aysel/.config/Qonaq/data')),
    ).toBeUndefined();
    expect(missingDisk('/home/aysel/.config/Qonaq/data', 'linux', home)).toBeUndefined();
    expect(
      missingDisk(
        '/Users/aysel/Library/Application Support/Qonaq/data',
        'darwin',
        disk('/Users/aysel/Library/Application Support'),
      ),
    ).toBeUndefined();
  });

  it('names the macOS volume that is not mounted', () => {
    expect(missingDisk('/Volumes/QONAQ-USB/Qonaq/data', 'darwin', disk('/Volumes/Macintosh HD'))).toBe(
      '/Volumes/QONAQ-USB',
    );
  });

  it('names the Linux mount point that is missing, under /media, /run/media or /mnt', () => {
    const system = disk('/media/aysel/Other', '/run/media/aysel', '/mnt');
    expect(missingDisk('/media/aysel/USB/Qonaq/data', 'linux', system)).toBe('/media/aysel/USB');
    expect(missingDisk('/run/media/aysel/USB/Qonaq/data', 'linux', system)).toBe('/run/media/aysel/USB');
    expect(missingDisk('/mnt/share/Qonaq/data', 'linux', system)).toBe('/mnt/share');
  });

  it('names the Windows drive or network share that is not there', () => {
    const windows = (path: string) => ['C:\\', 'C:\\Users', '\\\\server\\share\\'].includes(path);
    expect(missingDisk('E:\\Qonaq\\data', 'win32', windows)).toBe('E:\\');
    expect(missingDisk('\\\\office\\qonaq\\data', 'win32', windows)).toBe('\\\\office\\qonaq\\');
    expect(missingDisk('C:\\Users\\aysel\\AppData\\Roaming\\Qonaq\\data', 'win32', windows)).toBeUndefined();
  });

  it.each(LANGUAGES)('is told in the system language, with the folder and the disk (%s)', (language) => {
    const { title, message } = missingDiskMessage('E:\\Qonaq\\data', 'E:\\', language);
    expect(title).not.toBe('');
    expect(message).toContain('E:\\Qonaq\\data');
    expect(message).toContain('(E:\\)');
  });

  it('reads as written in each language', () => {
    expect(missingDiskMessage('/f', '/d', 'en').title).toBe('The disk with Qonaq’s data is not connected');
    expect(missingDiskMessage('/f', '/d', 'az').title).toBe('Qonaq məlumatlarının olduğu disk qoşulmayıb');
    expect(missingDiskMessage('/f', '/d', 'ru').title).toBe('Диск с данными Qonaq не подключён');
  });
});
