import { describe, expect, it } from 'vitest';
import { externalizeInlineScripts } from '../../../scripts/no-inline-scripts';

describe('the development page under a strict CSP', () => {
  it('loads inline module scripts from URLs of their own and keeps their code', () => {
    const scripts = new Map<string, string>();
    const html =
      '<head><script type="module">import { a } from "/x"; a(window);</script>' +
      '<script type="module" src="/@vite/client"></script></head>';

    const out = externalizeInlineScripts(html, scripts);

    expect(out).not.toMatch(/<script type="module">/);
    expect(out).toContain('<script type="module" src="/@qonaq-inline/0.js"></script>');
    expect(out).toContain('<script type="module" src="/@vite/client"></script>');
    expect(scripts.get('/@qonaq-inline/0.js')).toBe('import { a } from "/x"; a(window);');
  });
});
