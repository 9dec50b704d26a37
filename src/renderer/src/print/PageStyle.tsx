import { pageCss, type PageSetup } from './page-css';

/** The @page rule of the print view on screen now; it goes when the view does. */
export function PageStyle(setup: PageSetup) {
  return <style data-testid="page-style">{pageCss(setup)}</style>;
}
