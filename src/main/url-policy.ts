/**
 * Which URLs the window may show and which it may hand to the system browser. Pure, so the rules
 * are tested without Electron.
 */

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Whether `url` is a page of the app itself. Built files have no origin (`file:` origins are opaque),
 * so there the one page is matched by path; the development server is matched by origin.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const candidate = parse(url);
  const app = parse(appUrl);
  if (!candidate || !app) return false;
  if (app.protocol === 'file:') {
    return (
      candidate.protocol === 'file:' && candidate.host === app.host && candidate.pathname === app.pathname
    );
  }
  if (app.protocol !== 'http:' && app.protocol !== 'https:') return false;
  return candidate.origin === app.origin;
}

/**
 * Whether a link may be opened in the user's browser: https only (no `file:`, `smb:` or custom
 * schemes that would launch other programs), with a host and without credentials folded in.
 */
export function isAllowedExternalUrl(url: string): boolean {
  const candidate = parse(url);
  if (!candidate) return false;
  return (
    candidate.protocol === 'https:' &&
    candidate.hostname !== '' &&
    candidate.username === '' &&
    candidate.password === ''
  );
}
