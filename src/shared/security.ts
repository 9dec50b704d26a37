/**
 * The Content-Security-Policy of every page Qonaq shows, in Electron and in the browser host:
 * scripts only from the app itself (no inline script, no eval), no plugins, no framing.
 * Inline styles are allowed because the component library sets style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
