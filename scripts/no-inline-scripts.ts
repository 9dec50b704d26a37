import type { Plugin } from 'vite';

/**
 * The development server's React refresh preamble is an inline script, which our
 * Content-Security-Policy (script-src 'self') rightly blocks. In development only, each inline
 * module script of the page is served from a URL of its own instead, so the policy stays strict.
 */
/** Moves each inline module script's code into `scripts`, keyed by the URL that now loads it. */
export function externalizeInlineScripts(html: string, scripts: Map<string, string>): string {
  return html.replace(/<script type="module">([\s\S]*?)<\/script>/g, (_match, code: string) => {
    const url = `/@qonaq-inline/${scripts.size}.js`;
    scripts.set(url, code);
    return `<script type="module" src="${url}"></script>`;
  });
}

export function noInlineScripts(): Plugin {
  const scripts = new Map<string, string>();
  return {
    name: 'qonaq:no-inline-scripts',
    apply: 'serve',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => externalizeInlineScripts(html, scripts),
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const code = scripts.get(req.url ?? '');
        if (code === undefined) return next();
        res.setHeader('content-type', 'text/javascript; charset=utf-8');
        res.end(code);
      });
    },
  };
}
