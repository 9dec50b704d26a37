/** Black or white, whichever reads better on the visit's colour. */
export function contrastOn(colour: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!match) return WHITE;
  const background = luminance([match[1], match[2], match[3]].map((hex) => parseInt(hex ?? '0', 16)));
  // Whichever of white and black reads better on the visit's colour (WCAG contrast ratio).
  const onWhite = (1 + 0.05) / (background + 0.05);
  const onDark = (background + 0.05) / (DARK_LUMINANCE + 0.05);
  return onDark > onWhite ? DARK : WHITE;
}

// Pure black, not a softer near-black: with it, one of the two always reaches 4.5:1 on any colour.
const WHITE = '#ffffff';
const DARK = '#000000';

/** WCAG relative luminance of an sRGB colour given as 0–255 channels. */
function luminance(channels: readonly number[]): number {
  const [r = 0, g = 0, b = 0] = channels.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const DARK_LUMINANCE = 0;
