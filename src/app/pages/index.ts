import path from 'node:path';
import { Request, Response, Router } from 'express';
import { createAssetServer } from './assets';
import { CHAT_BODY } from './chat/page';
import { DASHBOARD_BODY } from './dashboard/page';
import { LOANS_BODY } from './loans/page';
import { renderPage } from './html';
import { pageHeaders } from './security';
import { PAGES_CSS } from './styles';

/** Where /dashboard, /loans and /chat load their script and stylesheet from. */
export const PAGES_ASSET_PREFIX = '/pages/assets';

export interface PagesOptions {
  /** The GraphQL endpoint (HTTP POST and graphql-ws), e.g. /graphql. */
  endpoint: string;
  /** Demo logins to prefill, by page; null in production or without demo data. */
  demo: { dashboard: DemoLogin; chat: DemoLogin; loans: DemoLogin } | null;
  /** The chat's longest message (CHAT_MAX_MESSAGE_CHARS): the widget's text box takes exactly this many. */
  maxMessageChars: number;
}
interface DemoLogin {
  email: string;
  password: string;
}

const PAGES = [
  {
    path: '/dashboard',
    key: 'dashboard' as const,
    title: 'fingraph · 포트폴리오 대시보드',
    script: 'dashboard.js',
    body: DASHBOARD_BODY,
    noscript: '이 페이지는 JavaScript가 필요합니다. This page needs JavaScript.',
  },
  {
    path: '/loans',
    key: 'loans' as const,
    title: 'fingraph · 대출 포트폴리오',
    script: 'loans.js',
    body: LOANS_BODY,
    noscript: '이 페이지는 JavaScript가 필요합니다. This page needs JavaScript.',
  },
  {
    path: '/chat',
    key: 'chat' as const,
    title: 'fingraph · 상담 채팅',
    script: 'chat.js',
    body: CHAT_BODY,
    noscript: '이 페이지는 JavaScript가 필요합니다. This page needs JavaScript.',
  },
];

/**
 * The pages the API serves itself: /dashboard (ANALYST/ADMIN charts) and /chat (the streaming chat widget).
 * Their TypeScript is bundled by esbuild on first request and kept in memory (see assets.ts).
 */
export function pagesRouter(opts: PagesOptions): Router {
  const assets = createAssetServer(PAGES_ASSET_PREFIX, {
    'pages.css': { text: PAGES_CSS },
    'dashboard.js': { bundle: path.join(__dirname, 'dashboard', 'client') },
    'chat.js': { bundle: path.join(__dirname, 'chat', 'client') },
    'loans.js': { bundle: path.join(__dirname, 'loans', 'client') },
  });
  const router = Router();
  for (const page of PAGES) {
    let html: Promise<string> | undefined;
    const render = async () =>
      renderPage({
        lang: 'ko',
        title: page.title,
        styles: [await assets.url('pages.css')],
        scripts: [await assets.url(page.script)],
        config: {
          id: 'page-config',
          value: {
            endpoint: opts.endpoint,
            demo: opts.demo?.[page.key] ?? null,
            ...(page.key === 'chat' ? { maxMessageChars: opts.maxMessageChars } : {}),
          },
        },
        body: page.body,
        noscript: page.noscript,
      });
    router.get(page.path, async (req: Request, res: Response, next) => {
      try {
        if (!html) {
          html = render();
          html.catch(() => (html = undefined)); // a failed bundle is retried on the next request
        }
        const body = await html;
        res.set(pageHeaders(req));
        res.send(body);
      } catch (error) {
        next(error);
      }
    });
  }
  router.use(assets.router);
  return router;
}
