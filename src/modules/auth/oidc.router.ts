import { Router, type Request, type Response } from 'express';
import type { RequestContext } from '../../common/context';
import { AppError } from '../../common/errors';
import type { OidcService } from './oidc.service';

// Browser routes of the OIDC sign-in:
//   GET /auth/oidc/:provider/login?return_to=/chat → 303 to the provider (state, nonce, PKCE S256)
//   GET /auth/oidc/:provider/callback?code&state   → 303 to /chat#oidc_code=… (or #oidc_error=CODE)
// The code in the fragment never reaches a server or a Referer; the page exchanges it with exchangeOidcCode.

export function oidcRouter(opts: {
  service: OidcService;
  publicUrl: string;
  context: (req: Request, res: Response) => RequestContext;
}): Router {
  const router = Router();
  const noStore = (res: Response) => {
    res.setHeader('cache-control', 'no-store');
    res.setHeader('referrer-policy', 'no-referrer');
  };
  router.get('/auth/oidc/:provider/login', async (req, res) => {
    noStore(res);
    const returnTo = typeof req.query.return_to === 'string' ? req.query.return_to : undefined;
    try {
      const url = await opts.service.start(
        opts.context(req, res),
        String(req.params.provider),
        returnTo,
        'LOGIN',
      );
      res.redirect(303, url);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      res
        .status(error.code === 'NOT_FOUND' ? 404 : 400)
        .type('text/plain')
        .send(`${error.message}\n`);
    }
  });
  router.get('/auth/oidc/:provider/callback', async (req, res) => {
    noStore(res);
    // The URL the provider redirected to, as the browser saw it (behind proxies: PUBLIC_URL, not the Host header).
    const url = new URL(`${opts.publicUrl}${req.originalUrl}`);
    const outcome = await opts.service.callback(opts.context(req, res), String(req.params.provider), url);
    const fragment =
      'error' in outcome
        ? `oidc_error=${outcome.error}`
        : 'code' in outcome
          ? `oidc_code=${outcome.code}`
          : `oidc_linked=${encodeURIComponent(outcome.linked)}`;
    res.redirect(303, `${outcome.returnTo}#${fragment}`);
  });
  return router;
}
