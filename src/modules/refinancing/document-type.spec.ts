import { acceptedDocumentType, cleanFileName, documentTypeRefusal, sniffDocumentType } from './document-type';

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]);
const GIF = Buffer.from('GIF89a', 'latin1');

describe('document type by magic bytes', () => {
  it('recognises PDF, PNG and JPEG and nothing else', () => {
    expect(sniffDocumentType(PDF)).toBe('application/pdf');
    expect(sniffDocumentType(PNG)).toBe('image/png');
    expect(sniffDocumentType(JPEG)).toBe('image/jpeg');
    expect(sniffDocumentType(GIF)).toBeNull();
    expect(sniffDocumentType(Buffer.from('%PD'))).toBeNull();
    expect(sniffDocumentType(Buffer.alloc(0))).toBeNull();
  });

  it('refuses a declared type the bytes contradict, accepts generic claims', () => {
    expect(acceptedDocumentType(PDF, 'application/pdf')).toBe('application/pdf');
    expect(acceptedDocumentType(PDF, 'application/octet-stream')).toBe('application/pdf');
    expect(acceptedDocumentType(JPEG, 'image/jpg')).toBe('image/jpeg');
    expect(acceptedDocumentType(JPEG, undefined)).toBe('image/jpeg');
    expect(acceptedDocumentType(PNG, 'application/pdf')).toBeNull();
    // A script labelled as a PDF is still a script.
    expect(acceptedDocumentType(Buffer.from('<script>'), 'application/pdf')).toBeNull();
  });

  it('cleans file names', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('C:\\Users\\me\\소득증명서.pdf')).toBe('소득증명서.pdf');
    expect(cleanFileName('a\u0000b\nc.pdf')).toBe('abc.pdf');
    expect(cleanFileName('')).toBe('document');
    expect(cleanFileName('x'.repeat(300))).toHaveLength(255);
  });
});

describe('QA round 27 (helper new27): the refusal says what the file is', () => {
  it('names the real type of a file sent under another one, and the accepted types otherwise', () => {
    expect(documentTypeRefusal(PNG, 'image/jpeg')).toBe(
      'The file is image/png by its content but was sent as image/jpeg: send it as image/png (or without a type)',
    );
    expect(documentTypeRefusal(Buffer.from('hello'), 'text/plain')).toBe(
      'Only application/pdf, image/png, image/jpeg are accepted, recognised by their content (declared text/plain)',
    );
    expect(documentTypeRefusal(Buffer.from('hello'), undefined)).toBe(
      'Only application/pdf, image/png, image/jpeg are accepted, recognised by their content',
    );
  });
});
