import { escapeHtml, scriptJson } from './security';

export interface PageSpec {
  lang: 'ko' | 'en';
  title: string;
  /** Stylesheet URLs (from the asset server). */
  styles: readonly string[];
  /** Script URLs, loaded in order at the end of <body>. */
  scripts: readonly string[];
  /** Inert JSON the scripts read: <script id="{id}" type="application/json">. */
  config?: { id: string; value: unknown };
  /** Trusted markup of the page body (our own templates; no request data in it). */
  body: string;
  /** Shown without JavaScript. */
  noscript: string;
}

/** An HTML page whose scripts and styles all come from the API itself (the CSP allows nothing else). */
export function renderPage(spec: PageSpec): string {
  const config = spec.config
    ? `    <script id="${escapeHtml(spec.config.id)}" type="application/json">${scriptJson(spec.config.value)}</script>\n`
    : '';
  return `<!doctype html>
<html lang="${spec.lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>${escapeHtml(spec.title)}</title>
    <link rel="icon" href="data:," />
${spec.styles.map((url) => `    <link rel="stylesheet" href="${escapeHtml(url)}" />`).join('\n')}
  </head>
  <body>
${spec.body}
    <noscript>${escapeHtml(spec.noscript)}</noscript>
${config}${spec.scripts.map((url) => `    <script src="${escapeHtml(url)}"></script>`).join('\n')}
  </body>
</html>
`;
}
