// Makes every icon the installers want from resources/icon.svg: `npm run icons`, then commit the
// results. icon-gen renders the SVG with sharp at each size and packs the .ico and .icns itself.
import { mkdir, mkdtemp, readdir, rename, rm, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import icongen from 'icon-gen';

export const RESOURCES = resolve(__dirname, '..', 'resources');

/** Windows: the sizes Explorer and the taskbar ask for, 256 for large icon views. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** macOS: every size in an .icns, up to 1024 for the Retina 512@2x. */
export const ICNS_SIZES = [16, 32, 64, 128, 256, 512, 1024];
/** Linux: the hicolor theme's sizes, as resources/icons/NxN.png (electron-builder reads the size from the name). */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

export async function generateIcons(resources = RESOURCES): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), 'qonaq-icons-'));
  try {
    await icongen(join(resources, 'icon.svg'), work, {
      report: false,
      ico: { name: 'icon', sizes: ICO_SIZES },
      icns: { name: 'icon', sizes: ICNS_SIZES },
      favicon: { name: 'png-', pngSizes: PNG_SIZES, icoSizes: [] },
    });
    const written: string[] = [];
    await rename(join(work, 'icon.ico'), join(resources, 'icon.ico'));
    await rename(join(work, 'icon.icns'), join(resources, 'icon.icns'));
    written.push('icon.ico', 'icon.icns');
    const pngDir = join(resources, 'icons');
    await rm(pngDir, { recursive: true, force: true });
    await mkdir(pngDir);
    for (const size of PNG_SIZES) {
      await rename(join(work, `png-${size}.png`), join(pngDir, `${size}x${size}.png`));
      written.push(`icons/${size}x${size}.png`);
    }
    // The window's own icon on Linux and Windows (macOS takes the bundle's).
    await copyFile(join(pngDir, '512x512.png'), join(resources, 'icon.png'));
    written.push('icon.png');
    const leftOver = (await readdir(work)).filter((name) => name !== 'favicon.ico');
    if (leftOver.length > 0)
      throw new Error(`icon-gen wrote files not accounted for: ${leftOver.join(', ')}`);
    return written;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  generateIcons().then(
    (written) => console.log(`resources/: ${written.join(', ')}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
