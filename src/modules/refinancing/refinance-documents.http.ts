import { PassThrough } from 'node:stream';
import busboy from 'busboy';
import { Router, type Request, type Response } from 'express';
import type { RequestContext } from '../../common/context';
import { AppError, ErrorCode } from '../../common/errors';
import { IMAGE_REFUSALS, toAssessmentType, type ImageQualityService, type ImageVerdict } from '../images';
import type { RefinanceDocumentEntity } from './refinancing.entity';
import { toDocumentType } from './refinancing.mapper';
import { DocumentRefused, RefinanceDocumentService } from './refinance-document.service';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

const REFUSAL_STATUS: Record<DocumentRefused['reason'], number> = {
  DOCUMENT_TOO_LARGE: 413,
  UNSUPPORTED_DOCUMENT_TYPE: 415,
  APPLICATION_CLOSED: 409,
  NO_FILE: 400,
  UNREADABLE_IMAGE: 422,
};

const REFUSAL_CODE: Record<DocumentRefused['reason'], ErrorCode> = {
  DOCUMENT_TOO_LARGE: ErrorCode.BAD_USER_INPUT,
  UNSUPPORTED_DOCUMENT_TYPE: ErrorCode.BAD_USER_INPUT,
  APPLICATION_CLOSED: ErrorCode.CONFLICT,
  NO_FILE: ErrorCode.BAD_USER_INPUT,
  UNREADABLE_IMAGE: ErrorCode.BAD_USER_INPUT,
};

/** Errors in the same shape as GraphQL's: `{ errors: [{ message, extensions: { code, reason? } }] }`. */
function sendError(res: Response, error: unknown, ctx?: RequestContext): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  let status = 500;
  let body: { message: string; extensions: Record<string, unknown> } = {
    message: 'Internal server error',
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
  if (error instanceof DocumentRefused) {
    status = error.imageCode ? IMAGE_REFUSALS[error.imageCode] : REFUSAL_STATUS[error.reason];
    body = {
      message: error.message,
      extensions: {
        code: REFUSAL_CODE[error.reason],
        reason: error.reason,
        ...(error.imageCode ? { imageCode: error.imageCode } : {}),
      },
    };
  } else if (error instanceof AppError) {
    status = STATUS[error.code];
    body = { message: error.message, extensions: { code: error.code } };
  } else {
    ctx?.logger.error({ err: error }, 'document route failed');
  }
  // An early refusal leaves the request body unread: close the connection rather than read it all.
  if (status >= 400 && !res.req.complete) res.setHeader('connection', 'close');
  res.status(status).json({ errors: [body] });
}

function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * POST /uploads/refinance-applications/:id/documents (multipart/form-data, one part named "file") and
 * GET  /uploads/refinance-applications/:id/documents/:documentId, with the same Bearer token as /graphql.
 * `contextOf` authenticates (throws UNAUTHENTICATED for a bad token) and builds the request context.
 */
export function refinanceDocumentRouter(deps: {
  documents: RefinanceDocumentService;
  images: ImageQualityService;
  contextOf: (req: Request, res: Response) => Promise<RequestContext>;
}): Router {
  const router = Router();
  const { documents } = deps;

  router.post('/uploads/refinance-applications/:id/documents', async (req, res) => {
    let ctx: RequestContext | undefined;
    try {
      ctx = await deps.contextOf(req, res);
      if (!ctx.viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Authentication required');
      // Authorisation and the size claim are checked before a byte of the body is read.
      const application = await documents.authorizeUpload(ctx, String(req.params.id));
      const declaredLength = Number(req.headers['content-length'] ?? 0);
      // Multipart framing adds a few hundred bytes; anything beyond this cannot fit.
      if (declaredLength > documents.maxBytes + 64 * 1024) {
        throw new DocumentRefused(
          'DOCUMENT_TOO_LARGE',
          `Documents may be at most ${documents.maxBytes} bytes`,
        );
      }
      const stored = await new Promise<{ document: RefinanceDocumentEntity; quality: ImageVerdict | null }>(
        (resolve, reject) => {
          let parser: busboy.Busboy;
          try {
            // File names arrive as UTF-8 (browsers send 소득증명서.pdf raw); busboy assumes latin1 unless told.
            parser = busboy({
              headers: req.headers,
              defParamCharset: 'utf8',
              limits: { files: 1, fields: 5, parts: 6 },
            });
          } catch {
            reject(new AppError(ErrorCode.BAD_USER_INPUT, 'Expected a multipart/form-data body'));
            return;
          }
          let work: Promise<{ document: RefinanceDocumentEntity; quality: ImageVerdict | null }> | undefined;
          let source: PassThrough | undefined;
          // A cut connection or a broken body must fail the staging write (which then removes its temp file),
          // not leave it waiting for bytes that will never come.
          const abort = (error: Error) => source?.destroy(error);
          req.on('close', () => {
            if (!req.complete) abort(new Error('Upload aborted by the client'));
          });
          parser.on('file', (field, file, info) => {
            if (field !== 'file' || work) {
              file.resume();
              return;
            }
            source = new PassThrough();
            // The store attaches its pipeline after an await: until then this listener keeps an early abort from
            // becoming an unhandled 'error' (the pipeline still sees the stream as errored).
            source.on('error', () => undefined);
            file.on('error', abort);
            file.pipe(source);
            work = documents.store(ctx!, application, {
              source,
              fileName: info.filename,
              declaredType: info.mimeType,
            });
            // On refusal keep draining the part so the parser (and the client) can finish.
            work.catch(() => {
              file.unpipe(source!);
              file.resume();
            });
          });
          parser.on('error', (error) => {
            const refusal = new AppError(
              ErrorCode.BAD_USER_INPUT,
              `Malformed multipart body: ${(error as Error).message}`,
            );
            abort(refusal);
            // Whatever the store was doing is undone (its staging fails); answer once it has settled.
            if (work)
              work.then(
                () => reject(refusal),
                () => reject(refusal),
              );
            else reject(refusal);
          });
          parser.on('close', () => {
            if (!work)
              reject(new DocumentRefused('NO_FILE', 'Send the document as a multipart part named "file"'));
            else work.then(resolve, reject);
          });
          req.pipe(parser);
        },
      );
      const { imageAssessmentId: _local, ...document } = toDocumentType(stored.document);
      const quality = stored.quality
        ? {
            ...toAssessmentType(stored.quality.assessment),
            verdict: deps.images.verdictText(stored.quality.assessment, 'en'),
            verdictKo: deps.images.verdictText(stored.quality.assessment, 'ko'),
            cached: stored.quality.cached,
          }
        : null;
      res.status(201).json({ document: { ...document, quality } });
    } catch (error) {
      sendError(res, error, ctx);
    }
  });

  router.get('/uploads/refinance-applications/:id/documents/:documentId', async (req, res) => {
    let ctx: RequestContext | undefined;
    try {
      ctx = await deps.contextOf(req, res);
      if (!ctx.viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Authentication required');
      const { document, stream } = await documents.open(
        ctx,
        String(req.params.id),
        String(req.params.documentId),
      );
      res.setHeader('content-type', document.contentType);
      res.setHeader('content-length', document.sizeBytes);
      res.setHeader('content-disposition', contentDisposition(document.fileName));
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('etag', `"${document.sha256}"`);
      res.setHeader('x-checksum-sha256', document.sha256);
      stream.on('error', (error) => sendError(res, error, ctx));
      stream.pipe(res);
    } catch (error) {
      sendError(res, error, ctx);
    }
  });

  return router;
}
