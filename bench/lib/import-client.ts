import fs from 'node:fs';
import path from 'node:path';
import { loginDemo } from './harness';

// A client of the import API for scripts: log in, upload a file (streamed from disk), start an import, wait for it.

export async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

export const loginAnalyst = (url: string): Promise<string> => loginDemo(url, 'analyst@fingraph.dev');

export async function uploadFile(graphqlUrl: string, token: string, file: string): Promise<string> {
  const form = new FormData();
  // openAsBlob reads the file lazily: the upload is streamed, not loaded into memory.
  form.append('file', await fs.openAsBlob(file), path.basename(file));
  const res = await fetch(graphqlUrl.replace(/\/graphql$/, '/uploads/imports'), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const body = (await res.json()) as { uploadId?: string };
  if (res.status !== 201 || !body.uploadId)
    throw new Error(`upload failed: ${res.status} ${JSON.stringify(body)}`);
  return body.uploadId;
}

export const IMPORT_FIELDS = `id status rowsRead rowsValid rowsBad rowsInserted rowsDuplicate failureReason durationMs
  timings { parseMs mergeMs analyseMs }
  errors(first: 5) { line column reason }
  quality { shift { statistic quarter previousQuarter value band currentRows previousRows }
            outOfRange { name count } }
  summary { rows totalAmount totalQuantity distinctCustomers invoices cancellations breakdownBy breakdown { key rows amount } }`;

export interface ImportResult {
  id: string;
  status: string;
  rowsRead: number;
  rowsValid: number;
  rowsBad: number;
  rowsInserted: number;
  rowsDuplicate: number;
  failureReason: string | null;
  durationMs: number | null;
  timings: { parseMs: number; mergeMs: number; analyseMs: number } | null;
  errors: { line: number; column: string; reason: string }[];
  quality: unknown;
  summary: {
    rows: number;
    totalAmount: string;
    totalQuantity: string;
    distinctCustomers: number;
    invoices: number;
    cancellations: number;
  } | null;
}

export async function runImport(
  url: string,
  token: string,
  input: Record<string, unknown>,
): Promise<ImportResult> {
  const started = await gql<{ startImport: { __typename: string; id?: string; message?: string } }>(
    url,
    `mutation ($input: StartImportInput!) { startImport(input: $input) { __typename ... on Import { id }
       ... on DuplicateImportError { message } ... on InvalidMappingError { message } } }`,
    { input },
    token,
  );
  if (started.startImport.__typename !== 'Import') throw new Error(started.startImport.message);
  for (;;) {
    const { import: imp } = await gql<{ import: ImportResult }>(
      url,
      `query ($id: ID!) { import(id: $id) { ${IMPORT_FIELDS} } }`,
      { id: started.startImport.id },
      token,
    );
    if (imp.status === 'SUCCEEDED' || imp.status === 'FAILED') return imp;
    await new Promise((r) => setTimeout(r, 200));
  }
}
