import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isAppUrl } from '../../../src/main/url-policy';

describe('isAppUrl', () => {
  const built = 'file:///opt/Qonaq/resources/app/out/renderer/index.html';
  const dev = 'http://localhost:5173';

  it('accepts the built page, with any route in its fragment or query', () => {
    expect(isAppUrl(built, built)).toBe(true);
    expect(isAppUrl(`${built}#/visits/abc`, built)).toBe(true);
    expect(isAppUrl(`${built}?lang=az`, built)).toBe(true);
  });

  it('refuses any other file, however close its name', () => {
    expect(isAppUrl('file:///etc/passwd', built)).toBe(false);
    expect(isAppUrl('file:///opt/Qonaq/resources/app/out/renderer/other.html', built)).toBe(false);
    expect(isAppUrl('file:///opt/Qonaq/resources/app/out/renderer/index.html.evil', built)).toBe(false);
    expect(isAppUrl('file://remote-host/opt/Qonaq/resources/app/out/renderer/index.html', built)).toBe(false);
  });

  it('accepts the development server by origin and refuses other origins', () => {
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('http://localhost.evil.example:5173/', dev)).toBe(false);
  });

  it('refuses what is not a URL, and pages with no real origin', () => {
    expect(isAppUrl('not a url', built)).toBe(false);
    expect(isAppUrl('about:blank', 'about:blank')).toBe(false);
    expect(isAppUrl('data:text/html,<script>1</script>', dev)).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it('allows https links', () => {
    expect(isAllowedExternalUrl('https://www.ada.edu.az/en/news')).toBe(true);
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:secret@example.com/',
    'https://',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
