import busboy from 'busboy';
import { Router, type Request, type Response } from 'express';
import type { RequestContext } from '../../common/context';
import { AppError, ErrorCode } from '../../common/errors';
import { requireStaff, UploadTooLarge, type ImportService } from './import.service';

// POST /uploads/imports — one multipart file part, streamed to disk with its SHA-256 computed on the way.
// Bearer auth, ANALYST or ADMIN. Answers 201 { uploadId, fileName, bytes, sha256, format }; errors use the same
// { errors: [{ message, extensions: { code } }] } shape as GraphQL.

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

function sendError(res: Response, status: number, code: string, message: string): void {
  if (res.headersSent) return;
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

export function uploadRouter(opts: {
  service: ImportService;
  /** Builds the request context (authenticating the Bearer token); throws AppError(UNAUTHENTICATED) on a bad token. */
  context: (req: Request, res: Response) => Promise<RequestContext>;
  maxBytes: number;
}): Router {
  const router = Router();
  router.post('/imports', async (req, res) => {
    let ctx: RequestContext;
    try {
      ctx = await opts.context(req, res);
      requireStaff(ctx.viewer);
    } catch (error) {
      const code = error instanceof AppError ? error.code : ErrorCode.UNAUTHENTICATED;
      req.resume();
      return sendError(res, STATUS[code] ?? 401, code, (error as Error).message);
    }
    if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
      req.resume();
      return sendError(
        res,
        400,
        ErrorCode.BAD_USER_INPUT,
        'Send the file as multipart/form-data (field "file")',
      );
    }
    let bb: busboy.Busboy;
    try {
      // File names arrive as UTF-8 (browsers send 고객.csv raw); busboy assumes latin1 unless told.
      bb = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fields: 10, fieldSize: 1024, parts: 20 },
      });
    } catch (error) {
      req.resume();
      return sendError(
        res,
        400,
        ErrorCode.BAD_USER_INPUT,
        `Malformed multipart request: ${(error as Error).message}`,
      );
    }
    let saving: ReturnType<ImportService['saveUpload']> | undefined;
    const fail = (error: unknown) => {
      req.unpipe(bb);
      req.resume();
      if (error instanceof UploadTooLarge) {
        res.setHeader('connection', 'close');
        return sendError(res, 413, ErrorCode.BAD_USER_INPUT, error.message);
      }
      ctx.logger.error({ err: error }, 'upload failed');
      sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'The upload could not be stored');
    };
    bb.on('file', (_name, stream, info) => {
      if (saving) {
        stream.resume();
        return;
      }
      saving = opts.service.saveUpload(ctx, {
        fileName: info.filename || 'upload',
        contentType: info.mimeType,
        stream,
      });
      saving.catch(fail);
    });
    bb.on('close', () => {
      if (!saving)
        return sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'No file part in the request (field "file")');
      saving.then(
        (upload) => {
          if (res.headersSent) return;
          res.status(201).json({
            uploadId: upload.id,
            fileName: upload.fileName,
            bytes: Number(upload.bytes),
            sha256: upload.sha256,
            format: upload.format,
          });
        },
        () => undefined, // answered by fail()
      );
    });
    bb.on('error', (error) => {
      req.unpipe(bb);
      req.resume();
      sendError(
        res,
        400,
        ErrorCode.BAD_USER_INPUT,
        `Malformed multipart request: ${(error as Error).message}`,
      );
    });
    req.pipe(bb);
  });
  return router;
}
