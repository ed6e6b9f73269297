import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** A GraphQL error answer (HTTP or in the body), with the server's `extensions.code`. */
export class FingraphError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status: number,
  ) {
    super(message);
    this.name = 'FingraphError';
  }
}

export type FetchFn = (input: string, init: RequestInit) => Promise<Response>;

/** POSTs one typed operation as JSON (preflighted: passes CSRF prevention) and returns its data. */
export async function postOperation<R, V>(
  url: string,
  document: DocumentTypeDecoration<R, V> & { toString(): string },
  variables: V,
  opts: { token?: string; fetch?: FetchFn } = {},
): Promise<R> {
  const res = await (opts.fetch ?? fetch)(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
    },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await res.json().catch(() => ({}))) as {
    data?: R | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors?.length || !body.data) {
    const first = body.errors?.[0];
    throw new FingraphError(first?.message ?? `HTTP ${res.status}`, first?.extensions?.code, res.status);
  }
  return body.data;
}
