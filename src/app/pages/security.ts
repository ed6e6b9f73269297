import type { Request } from 'express';

// What every HTML page the API serves itself (GraphiQL, /dashboard, /chat) shares: a strict CSP with no inline
// or remote scripts, the same hardening headers, and safe ways to put text and JSON into HTML.

const HOST_PATTERN = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON inside <script type="application/json">: `<` escaped so the data cannot close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface PagePolicy {
  /**
   * Allow inline styles. GraphiQL needs them (its dialogs inject <style> elements without a settable nonce and
   * CodeMirror sets style attributes); our own pages do not. Scripts are never inline.
   */
  inlineStyles?: boolean;
}

export function contentSecurityPolicy(req: Request, policy: PagePolicy = {}): string {
  // 'self' covers ws:/wss: to the same host in CSP 3 browsers; older ones need the explicit sources.
  // req.host: the Host header, or X-Forwarded-Host behind a trusted proxy; only used if it looks like one.
  const host = req.host;
  const sockets = host && HOST_PATTERN.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    policy.inlineStyles ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "font-src 'self' data:",
    "img-src 'self' data:",
    `connect-src 'self'${sockets}`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Response headers of an HTML page: never cached stale, no framing, no sniffing, no referrer, the CSP. */
export function pageHeaders(req: Request, policy: PagePolicy = {}): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-cache',
    'Content-Security-Policy': contentSecurityPolicy(req, policy),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
