// The text encoding of an uploaded CSV. Excel on Korean Windows saves "CSV (쉼표로 분리)" in CP949 (EUC-KR with
// Microsoft's extension), not UTF-8: read as UTF-8 such a file's Korean names and regions became U+FFFD and were
// stored garbled or refused row by row. The first bytes decide: valid UTF-8 (or a BOM) is UTF-8; otherwise, if
// they are valid EUC-KR/CP949 (the WHATWG "euc-kr" decoder is CP949), the file is read as that. Pure.
import { StringDecoder } from 'node:string_decoder';

export type CsvTextEncoding = 'utf-8' | 'euc-kr';

/** Bytes the decision reads from the start of the file (the header and the first rows). */
export const ENCODING_SAMPLE_BYTES = 65_536;

function decodes(encoding: CsvTextEncoding, sample: Uint8Array): boolean {
  try {
    // stream: a character cut at the sample's end is not an error.
    new TextDecoder(encoding, { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** UTF-8 unless the sample is not UTF-8 but is CP949 (a file that is neither is read as UTF-8: its rows say so). */
export function detectCsvEncoding(sample: Uint8Array): CsvTextEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  if (decodes('utf-8', sample)) return 'utf-8';
  return decodes('euc-kr', sample) ? 'euc-kr' : 'utf-8';
}

/** An incremental decoder: `write` each chunk (a character may span two), `end` once. */
export interface ChunkDecoder {
  write(chunk: Buffer): string;
  end(): string;
}

export function chunkDecoder(encoding: CsvTextEncoding): ChunkDecoder {
  // UTF-8 stays on Node's StringDecoder (the path every import took so far); CP949 through the WHATWG decoder.
  if (encoding === 'utf-8') return new StringDecoder('utf8');
  const decoder = new TextDecoder(encoding);
  return {
    write: (chunk) => decoder.decode(chunk, { stream: true }),
    end: () => decoder.decode(),
  };
}
