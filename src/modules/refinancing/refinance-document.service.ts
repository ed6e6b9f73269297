import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { inTransaction, RequestContext } from '../../common/context';
import { AppError, ErrorCode, notFound } from '../../common/errors';
import { localIdOf } from '../../common/global-id';
import type { DocumentStorage } from '../../platform/storage';
import { ObjectTooLargeError } from '../../platform/storage';
import {
  ImageRefused,
  type ImageAssessmentEntity,
  type ImageQualityService,
  type ImageRefusalCode,
  type ImageVerdict,
} from '../images';
import {
  acceptedDocumentType,
  ALLOWED_DOCUMENT_TYPES,
  cleanFileName,
  documentTypeRefusal,
} from './document-type';
import type { RefinanceApplicationEntity, RefinanceDocumentEntity } from './refinancing.entity';
import { REFINANCE_DOCUMENT_TYPE } from './refinancing.mapper';
import type { RefinancingRepository } from './refinancing.repository';
import type { RefinanceApplicationService } from './refinance-application.service';
import { isTerminal } from './state-machine';

/** Why an upload was refused; the HTTP layer maps each to its status (413, 415, 409, 400). */
export class DocumentRefused extends Error {
  constructor(
    readonly reason:
      | 'DOCUMENT_TOO_LARGE'
      | 'UNSUPPORTED_DOCUMENT_TYPE'
      | 'APPLICATION_CLOSED'
      | 'NO_FILE'
      | 'UNREADABLE_IMAGE',
    message: string,
    /** For UNREADABLE_IMAGE: why (NOT_AN_IMAGE, DECOMPRESSION_BOMB, TRUNCATED_IMAGE, …). */
    readonly imageCode?: ImageRefusalCode,
  ) {
    super(message);
    this.name = 'DocumentRefused';
  }
}

// Documents attached to a refinance application: bytes in the DocumentStorage (checked by size while they
// stream, by type from their magic bytes), metadata in PostgreSQL. A refused upload leaves neither. Images
// (PNG, JPEG) are scored by the document-quality model before anything is committed: an image that cannot be
// decoded within bounds is refused, a readable one is stored with its verdict (cached by content hash).
export class RefinanceDocumentService {
  constructor(
    private readonly repository: RefinancingRepository,
    private readonly applications: RefinanceApplicationService,
    private readonly storage: DocumentStorage,
    readonly maxBytes: number,
    private readonly images: ImageQualityService | null = null,
  ) {}

  /**
   * Checks before a byte is read: the viewer may read this application (its customer, or staff) and it is
   * still open.
   */
  async authorizeUpload(
    ctx: RequestContext,
    applicationGlobalId: string,
  ): Promise<RefinanceApplicationEntity> {
    const application = await this.applications.getByGlobalId(ctx, applicationGlobalId);
    if (isTerminal(application.status)) {
      throw new DocumentRefused(
        'APPLICATION_CLOSED',
        `The application is ${application.status}: no more documents can be attached`,
      );
    }
    return application;
  }

  async store(
    ctx: RequestContext,
    application: RefinanceApplicationEntity,
    file: { source: Readable; fileName?: string; declaredType?: string },
  ): Promise<{ document: RefinanceDocumentEntity; quality: ImageVerdict | null }> {
    const id = randomUUID();
    const storageKey = `refinance-applications/${application.id}/${id}`;
    let staged;
    try {
      staged = await this.storage.stage(storageKey, file.source, { maxBytes: this.maxBytes });
    } catch (error) {
      if (error instanceof ObjectTooLargeError) {
        throw new DocumentRefused('DOCUMENT_TOO_LARGE', `Documents may be at most ${this.maxBytes} bytes`);
      }
      throw error;
    }
    const contentType = acceptedDocumentType(staged.head, file.declaredType);
    if (!contentType || staged.size === 0) {
      await staged.discard();
      throw new DocumentRefused(
        'UNSUPPORTED_DOCUMENT_TYPE',
        staged.size === 0
          ? `The file is empty: only ${ALLOWED_DOCUMENT_TYPES.join(', ')} are accepted`
          : documentTypeRefusal(staged.head, file.declaredType),
      );
    }
    let scored = null;
    if (contentType !== 'application/pdf' && this.images?.enabled) {
      try {
        scored = await this.images.score(ctx, await staged.read(), contentType);
      } catch (error) {
        await staged.discard();
        if (error instanceof ImageRefused)
          throw new DocumentRefused('UNREADABLE_IMAGE', error.message, error.code);
        throw error;
      }
    }
    try {
      return await inTransaction(ctx, async (tx) => {
        const quality = scored ? await this.images!.record(tx, scored) : null;
        const document = await this.repository.insertDocument(tx, {
          id,
          applicationId: application.id,
          fileName: cleanFileName(file.fileName),
          contentType,
          sizeBytes: String(staged.size),
          sha256: staged.sha256,
          storageKey,
          uploadedBy: tx.viewer?.userId ?? null,
          uploadedAt: tx.now(),
          imageAssessmentId: quality?.assessment.id ?? null,
        });
        // Visible only once the row is written; a failed rename rolls the row back.
        await staged.commit();
        return { document, quality };
      });
    } catch (error) {
      await staged.discard();
      await this.storage.delete(storageKey).catch(() => undefined);
      throw error;
    }
  }

  async open(
    ctx: RequestContext,
    applicationGlobalId: string,
    documentGlobalId: string,
  ): Promise<{ document: RefinanceDocumentEntity; stream: Readable }> {
    const application = await this.applications.getByGlobalId(ctx, applicationGlobalId);
    const documentId = localIdOf(REFINANCE_DOCUMENT_TYPE, documentGlobalId, 'documentId');
    const document = await this.repository.findDocument(ctx, application.id, documentId);
    if (!document) throw notFound('Document');
    const stream = await this.storage.open(document.storageKey);
    if (!stream) throw new AppError(ErrorCode.UNAVAILABLE, 'The document is missing from storage');
    return { document, stream };
  }

  /**
   * The customer's latest image document with its verdict (the counsellor answers "is my document OK?" from it).
   * A customer may only ask about themselves; staff about anyone.
   */
  async latestScored(
    ctx: RequestContext,
    customerId: string,
  ): Promise<{ document: RefinanceDocumentEntity; assessment: ImageAssessmentEntity } | null> {
    if (ctx.viewer?.role === 'CUSTOMER' && ctx.viewer.customerId !== customerId) throw notFound('Customer');
    const document = await this.repository.latestScoredDocument(ctx, customerId);
    if (!document?.imageAssessmentId || !this.images) return null;
    const assessment = await this.images.assessment(ctx, document.imageAssessmentId);
    return assessment ? { document, assessment } : null;
  }
}
