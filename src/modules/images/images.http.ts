import busboy from 'busboy';
import { Router, type Request, type Response } from 'express';
import type { RequestContext } from '../../common/context';
import { AppError, ErrorCode } from '../../common/errors';
import { ImageRefused } from './image-errors';
import type { ImageQualityService, ImageVerdict } from './image-quality.service';
import type { ImageAnalysisEntity } from './images.entity';
import { toAnalysisType } from './images.mapper';

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  UNAVAILABLE: 503,
};

/** Errors in the shape of GraphQL's; an image refusal carries its code as `extensions.reason`. */
export function sendImageError(res: Response, error: unknown, ctx?: RequestContext): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  let status = 500;
  let body: { message: string; extensions: Record<string, unknown> } = {
    message: 'Internal server error',
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
  if (error instanceof ImageRefused) {
    status = error.httpStatus;
    body = { message: error.message, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: error.code } };
  } else if (error instanceof AppError) {
    status = STATUS[error.code] ?? 500;
    body = { message: error.message, extensions: { code: error.code } };
  } else {
    ctx?.logger.error({ err: error }, 'image route failed');
  }
  if (status >= 400 && !res.req.complete) res.setHeader('connection', 'close');
  res.status(status).json({ errors: [body] });
}

/** One multipart part named "file", read into memory up to `maxBytes` (refused beyond, without reading on). */
export function readImagePart(
  req: Request,
  maxBytes: number,
): Promise<{ bytes: Buffer; fileName: string; declaredType: string }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fields: 5, parts: 6, fileSize: maxBytes },
      });
    } catch {
      reject(new AppError(ErrorCode.BAD_USER_INPUT, 'Expected a multipart/form-data body'));
      return;
    }
    let result: { bytes: Buffer; fileName: string; declaredType: string } | undefined;
    let refusal: Error | undefined;
    parser.on('file', (field, file, info) => {
      if (field !== 'file' || result || refusal) {
        file.resume();
        return;
      }
      const chunks: Buffer[] = [];
      file.on('data', (chunk: Buffer) => chunks.push(chunk));
      file.on('limit', () => {
        refusal = new ImageRefused('IMAGE_TOO_LARGE', `Images may be at most ${maxBytes} bytes`);
        chunks.length = 0;
        file.resume();
      });
      file.on('end', () => {
        if (!refusal)
          result = {
            bytes: Buffer.concat(chunks),
            fileName: info.filename ?? 'image',
            declaredType: info.mimeType,
          };
      });
    });
    parser.on('error', (error) =>
      reject(new AppError(ErrorCode.BAD_USER_INPUT, `Malformed multipart body: ${(error as Error).message}`)),
    );
    parser.on('close', () => {
      if (refusal) reject(refusal);
      else if (!result)
        reject(new AppError(ErrorCode.BAD_USER_INPUT, 'Send the image as a multipart part named "file"'));
      else resolve(result);
    });
    req.pipe(parser);
  });
}

export function analysisJson(
  images: ImageQualityService,
  analysis: ImageAnalysisEntity,
  verdict: ImageVerdict,
): Record<string, unknown> {
  const type = toAnalysisType(analysis, verdict.assessment);
  return {
    ...type,
    quality: {
      ...type.quality,
      verdict: images.verdictText(verdict.assessment, 'en'),
      verdictKo: images.verdictText(verdict.assessment, 'ko'),
      cached: verdict.cached,
    },
  };
}

/**
 * POST /uploads/images/analyze (multipart/form-data, one part named "file"; staff only, same Bearer token as
 * /graphql): scores a PNG or JPEG and answers 201 with the verdict. Refusals are coded (`extensions.reason`):
 * NOT_AN_IMAGE, CONTENT_TYPE_MISMATCH, IMAGE_TOO_LARGE, IMAGE_DIMENSIONS_TOO_LARGE, DECOMPRESSION_BOMB,
 * TRUNCATED_IMAGE, CORRUPT_IMAGE — and nothing is stored.
 */
export function imageAnalysisRouter(deps: {
  images: ImageQualityService;
  contextOf: (req: Request, res: Response) => Promise<RequestContext>;
  cleanFileName: (name: string | undefined) => string;
}): Router {
  const router = Router();
  router.post('/uploads/images/analyze', async (req, res) => {
    let ctx: RequestContext | undefined;
    try {
      ctx = await deps.contextOf(req, res);
      if (!ctx.viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Authentication required');
      if (ctx.viewer.role === 'CUSTOMER')
        throw new AppError(ErrorCode.FORBIDDEN, 'analyzeImage needs the ANALYST or ADMIN role');
      const maxBytes = deps.images.limits.maxBytes;
      if (Number(req.headers['content-length'] ?? 0) > maxBytes + 64 * 1024)
        throw new ImageRefused('IMAGE_TOO_LARGE', `Images may be at most ${maxBytes} bytes`);
      const part = await readImagePart(req, maxBytes);
      const { analysis, verdict } = await deps.images.analyze(ctx, {
        bytes: part.bytes,
        fileName: deps.cleanFileName(part.fileName),
        declaredType: part.declaredType,
      });
      res.status(201).json({ analysis: analysisJson(deps.images, analysis, verdict) });
    } catch (error) {
      sendImageError(res, error, ctx);
    }
  });
  return router;
}
