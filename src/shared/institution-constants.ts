/** Limits of the institution's settings, apart from the schemas that check them (institution.ts). */

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoMime = (typeof LOGO_MIME_TYPES)[number];

/** Most digits the running number of an outgoing letter is padded to (`MAX_RUNNING_NUMBER` has eight). */
export const NUMBER_PADDING_MAX = 8;
