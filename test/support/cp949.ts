// Test files in CP949, the encoding Korean Excel saves CSV in (imports read it: text-encoding.ts).

/**
 * Text as Korean Excel saves a CSV (CP949): the reverse of the WHATWG euc-kr decoder's table, built once by decoding
 * every two-byte code (Node has no CP949 encoder).
 */
let cp949: Map<string, number[]> | undefined;
export function encodeCp949(text: string): Buffer {
  if (!cp949) {
    cp949 = new Map();
    const decoder = new TextDecoder('euc-kr');
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x41; trail <= 0xfe; trail++) {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !cp949.has(ch)) cp949.set(ch, [lead, trail]);
      }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(cp949.get(ch) ?? [0x3f]));
  }
  return Buffer.from(bytes);
}
