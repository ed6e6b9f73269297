import type { TypedDocumentString } from '../generated/operations';

/** A GraphQL or network failure, with the API's extensions.code (NETWORK when the server was not reached). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; retryAfterSeconds?: number };
}

/** One typed operation over HTTP POST. Resolves with `data`, or rejects with the first error as an ApiError. */
export async function execute<R, V>(
  endpoint: string,
  document: TypedDocumentString<R, V>,
  variables: V,
  token?: string,
): Promise<R> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch (error) {
    throw new ApiError((error as Error).message, 'NETWORK');
  }
  let body: { data?: R | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`HTTP ${response.status}`, response.status === 401 ? 'UNAUTHENTICATED' : 'NETWORK');
  }
  const first = body.errors?.[0];
  if (first) {
    throw new ApiError(
      first.message,
      first.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
      first.extensions?.retryAfterSeconds,
    );
  }
  if (!body.data) throw new ApiError(`HTTP ${response.status}`, 'INTERNAL_SERVER_ERROR');
  return body.data;
}
