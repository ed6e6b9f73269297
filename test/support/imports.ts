import { ImportDocument, StartImportDocument } from '../generated/operations';
import type { StartImportInput } from '../generated/operations';
import type { TestApp } from './app';

/**
 * Upload → startImport → poll until finished, over HTTP and GraphQL as a client does; getters, as the app and
 * the analyst's token exist only once the suite's beforeAll has run.
 */
export function importClient(app: () => TestApp, analyst: () => string) {
  async function upload(content: string | Buffer, fileName: string, token = analyst()) {
    const form = new FormData();
    form.append(
      'file',
      new Blob([typeof content === 'string' ? content : new Uint8Array(content)]),
      fileName,
    );
    const res = await fetch(app().url.replace('/graphql', '/uploads/imports'), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  async function start(input: StartImportInput, token = analyst()) {
    const res = await app().execute(StartImportDocument, { input }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.startImport;
  }

  async function finished(id: string) {
    for (let i = 0; i < 600; i++) {
      const res = await app().execute(ImportDocument, { id, errors: 100 }, analyst());
      expect(res.errors).toBeUndefined();
      const imp = res.data!.import;
      if (imp.status === 'SUCCEEDED' || imp.status === 'FAILED') return imp;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`import ${id} did not finish`);
  }

  async function importFile(
    content: string | Buffer,
    fileName: string,
    input: Omit<StartImportInput, 'uploadId'>,
  ) {
    const up = await upload(content, fileName);
    expect(up.status).toBe(201);
    const started = await start({ ...input, uploadId: up.body.uploadId as string });
    if (started.__typename !== 'Import') throw new Error(`not started: ${JSON.stringify(started)}`);
    expect(started.status).toBe('QUEUED');
    return finished(started.id);
  }

  return { upload, start, finished, importFile };
}
