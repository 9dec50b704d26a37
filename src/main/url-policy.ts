/**
 * Which URLs the window may show and which it may hand to the system. Pure, so the rules are
 * tested without Electron.
 */

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Whether `url` belongs to the app: same scheme, host and port as `appUrl`, compared parsed, never
 * by prefix. The app is served from its own scheme (`qonaq://app`, see app-protocol.ts), or from the
 * development server while developing. `file:` is never the app: its origins are opaque, so any
 * local file would pass an origin check.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const candidate = parse(url);
  const app = parse(appUrl);
  if (!candidate || !app) return false;
  if (app.protocol === 'file:' || app.protocol === 'about:' || app.protocol === 'data:') return false;
  // Node gives non-special schemes an origin of "null", so the parts are compared one by one.
  return (
    candidate.protocol === app.protocol &&
    candidate.host === app.host &&
    candidate.host !== '' &&
    candidate.username === '' &&
    candidate.password === ''
  );
}

/**
 * The sites the app itself links to: a link to any other host is not opened, whoever wrote it
 * (an address typed into a guest's notes, say). The app links to no site today; a host is added
 * here, in lower case, when a screen first links to it.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [];

/** The only query fields a `mailto:` link may carry: some mail programs attach files named in others. */
const MAILTO_FIELDS = new Set(['subject', 'body', 'cc', 'bcc']);
const EMAIL = /^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/;

function isSafeMailto(link: URL): boolean {
  let addresses: string[];
  try {
    addresses = decodeURIComponent(link.pathname).split(',');
  } catch {
    return false;
  }
  if (!addresses.every((address) => EMAIL.test(address.trim()))) return false;
  return [...link.searchParams.keys()].every((field) => MAILTO_FIELDS.has(field.toLowerCase()));
}

/**
 * Whether a link may be handed to the system (`shell.openExternal`): an https link to a host on the
 * allow-list (no credentials, no other port), or a `mailto:` to plain addresses. No `file:`, `smb:`,
 * `ms-msdt:` or other scheme that would start a program.
 */
export function isAllowedExternalUrl(url: string, hosts: readonly string[] = EXTERNAL_LINK_HOSTS): boolean {
  const candidate = parse(url);
  if (!candidate) return false;
  if (candidate.protocol === 'mailto:') return isSafeMailto(candidate);
  return (
    candidate.protocol === 'https:' &&
    candidate.port === '' &&
    candidate.username === '' &&
    candidate.password === '' &&
    hosts.includes(candidate.hostname)
  );
}
