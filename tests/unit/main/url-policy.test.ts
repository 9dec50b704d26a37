import { describe, expect, it } from 'vitest';
import { EXTERNAL_LINK_HOSTS, isAllowedExternalUrl, isAppUrl } from '../../../src/main/url-policy';

describe('isAppUrl', () => {
  const built = 'qonaq://app/index.html';
  const dev = 'http://localhost:5173';

  it('accepts any page or file of the app origin, with any route in its fragment or query', () => {
    expect(isAppUrl(built, built)).toBe(true);
    expect(isAppUrl(`${built}#/visits/abc`, built)).toBe(true);
    expect(isAppUrl(`${built}?lang=az`, built)).toBe(true);
    expect(isAppUrl('qonaq://app/assets/index-abc.js', built)).toBe(true);
  });

  it('refuses another host or scheme, however close its name, and every file: URL', () => {
    expect(isAppUrl('qonaq://app.evil/index.html', built)).toBe(false);
    expect(isAppUrl('qonaq://evil/index.html', built)).toBe(false);
    expect(isAppUrl('qonaq://user@app/index.html', built)).toBe(false);
    expect(isAppUrl('qonaqx://app/index.html', built)).toBe(false);
    expect(isAppUrl('https://app/index.html', built)).toBe(false);
    expect(isAppUrl('file:///opt/Qonaq/resources/app.asar/out/renderer/index.html', built)).toBe(false);
    const filePage = 'file:///opt/Qonaq/out/renderer/index.html';
    expect(isAppUrl(filePage, filePage)).toBe(false);
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
  const hosts = ['www.mfa.gov.az', 'evisa.gov.az'];

  it('allows https links to a host on the allow-list, and only those', () => {
    expect(isAllowedExternalUrl('https://www.mfa.gov.az/en/news', hosts)).toBe(true);
    expect(isAllowedExternalUrl('https://EVISA.gov.az/', hosts)).toBe(true);
    expect(isAllowedExternalUrl('https://mfa.gov.az/', hosts)).toBe(false);
    expect(isAllowedExternalUrl('https://www.mfa.gov.az.evil.example/', hosts)).toBe(false);
    expect(isAllowedExternalUrl('https://www.mfa.gov.az:8443/', hosts)).toBe(false);
  });

  it('links to no site by default: the app has no link to one yet', () => {
    expect(EXTERNAL_LINK_HOSTS).toEqual([]);
    expect(isAllowedExternalUrl('https://www.ada.edu.az/en/news')).toBe(false);
  });

  it.each([
    'mailto:protocol@mfa.gov.az',
    'mailto:a@b.az,c@d.ru',
    'mailto:a@b.az?subject=Visit%2012&body=Hello',
    'mailto:a@b.az?CC=c@d.ru',
  ])('allows the mail link %s', (url) => {
    expect(isAllowedExternalUrl(url, hosts)).toBe(true);
  });

  it.each([
    'mailto:a@b.az?attach=/etc/passwd',
    'mailto:a@b.az?subject=x&attachment=C:%5Cfile',
    'mailto:?subject=no address',
    'mailto:not-an-address',
    'mailto:%E0%A4%A',
  ])('refuses the mail link %s', (url) => {
    expect(isAllowedExternalUrl(url, hosts)).toBe(false);
  });

  it.each([
    'http://www.mfa.gov.az/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:secret@www.mfa.gov.az/',
    'https://',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url, hosts)).toBe(false);
  });
});
