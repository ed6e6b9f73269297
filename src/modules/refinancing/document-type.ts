// Pure: what a document really is, from its first bytes (the client's Content-Type is only a claim).
export const ALLOWED_DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type DocumentType = (typeof ALLOWED_DOCUMENT_TYPES)[number];

const SIGNATURES: readonly { type: DocumentType; bytes: readonly number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

export function sniffDocumentType(head: Uint8Array): DocumentType | null {
  for (const { type, bytes } of SIGNATURES) {
    if (head.length >= bytes.length && bytes.every((b, i) => head[i] === b)) return type;
  }
  return null;
}

/**
 * The stored type: the sniffed one, provided the client's declared type (if any beyond a generic one)
 * agrees. A PNG labelled application/pdf is refused rather than served under the wrong type.
 */
export function acceptedDocumentType(head: Uint8Array, declared: string | undefined): DocumentType | null {
  const sniffed = sniffDocumentType(head);
  if (!sniffed) return null;
  const claim = (declared ?? '').split(';')[0].trim().toLowerCase();
  const generic = claim === '' || claim === 'application/octet-stream';
  const alias = claim === 'image/jpg' || claim === 'image/pjpeg' ? 'image/jpeg' : claim;
  return generic || alias === sniffed ? sniffed : null;
}

/**
 * Why acceptedDocumentType refused a file, in words: a file of an accepted type sent under another type is told
 * which type it is (not "only PDF, PNG and JPEG are accepted" for a PNG sent as image/jpeg).
 */
export function documentTypeRefusal(head: Uint8Array, declared: string | undefined): string {
  const sniffed = sniffDocumentType(head);
  const claim = (declared ?? '').split(';')[0].trim();
  if (sniffed && claim) {
    return `The file is ${sniffed} by its content but was sent as ${claim}: send it as ${sniffed} (or without a type)`;
  }
  return (
    `Only ${ALLOWED_DOCUMENT_TYPES.join(', ')} are accepted, recognised by their content` +
    (claim ? ` (declared ${claim})` : '')
  );
}

/** A safe display name: no directories, no control characters, at most 255 characters. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 255);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'document' : cleaned;
}
