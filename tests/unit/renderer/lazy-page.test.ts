import { createElement, Suspense, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lazyPage } from '../../../src/renderer/src/lazy-page';

const Greeting = ({ name }: { name: string }) => createElement('p', null, `Salam, ${name}`);

function draw(Page: (props: { name: string }) => ReactElement): string {
  const page = createElement(Page, { name: 'Aysel' });
  return renderToString(createElement(Suspense, { fallback: createElement('i', null, 'loading') }, page));
}

describe('a page in a chunk of its own', () => {
  it('waits for its chunk the first time it is needed', async () => {
    let loads = 0;
    const page = lazyPage(async () => {
      loads += 1;
      return Greeting;
    });
    expect(draw(page.Page)).toContain('loading');
    await page.preload();
    expect(draw(page.Page)).toContain('Salam, Aysel');
    expect(loads).toBeGreaterThan(0);
  });

  it('is drawn at once, without suspending, once its chunk was fetched ahead', async () => {
    const page = lazyPage(async () => Greeting);
    await page.preload();
    // React.lazy would suspend here, and React would hold the page back behind its fallback.
    const html = draw(page.Page);
    expect(html).toContain('Salam, Aysel');
    expect(html).not.toContain('loading');
  });
});
