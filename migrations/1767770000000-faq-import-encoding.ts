import { MigrationInterface, QueryRunner } from 'typeorm';
import { type FaqSeed, seedFaqEntries, unseedFaqEntries } from './faq-seed';

// QA round 28. Staff asked the FAQ bot "CSV 업로드하는데 인코딩 오류가 나요", "EUC-KR이면요?", "최대 몇 행까지 돼요?",
// "what if a row has a bad date" and were told there was no import yet, or given the last import's statistics. These
// entries answer from the importer itself (text-encoding.ts: UTF-8 or CP949 read from the file's first 64 KiB; no row
// limit beside IMPORT_MAX_BYTES; a bad row kept in `errors` with its line, column and reason, the rest imported unless
// the share passes maxBadRowShare) and cite no import, so they answer before the first upload. An entry an admin
// already keeps under one of these keys is left as it is.
const SEED: FaqSeed[] = [
  [
    'encoding',
    1,
    // "인코딩" alone stays file-formats' ("엑셀 파일도 되나요? 인코딩은요?"); a problem with it is this entry's.
    [
      '인코딩 오류',
      '인코딩 에러',
      '인코딩 문제',
      '인코딩이 안',
      '인코딩이 깨',
      '한글이 깨',
      '한글 깨',
      '글자가 깨',
      '글자 깨',
      '깨져요',
      '깨졌',
      '깨짐',
      'euc-kr',
      'cp949',
      'ms949',
      '문자셋',
    ],
    [
      'encoding error',
      'encoding problem',
      'wrong encoding',
      'euc-kr',
      'cp949',
      'ms949',
      'garbled',
      'broken characters',
      'charset',
      'mojibake',
    ],
    'CSV는 UTF-8(BOM이 있어도 됩니다)과, 한국어 엑셀이 "CSV (쉼표로 분리)"로 저장하는 CP949(EUC-KR)를 파일 앞부분(64 KiB)을 보고 자동으로 알아봅니다. 그래도 한글이 깨지거나 인코딩 오류가 나면 엑셀에서 "다른 이름으로 저장 → CSV UTF-8(쉼표로 분리)"로 다시 저장하거나 XLSX 파일을 그대로 올려 주세요. UTF-16("유니코드 텍스트")은 받지 않습니다.',
    'CSV is read as UTF-8 (a BOM is fine) or as CP949 (EUC-KR), which Korean Excel writes for "CSV (Comma delimited)": the first 64 KiB of the file decide. If Korean text still comes out garbled or the encoding is refused, save again from Excel as "CSV UTF-8 (Comma delimited)" or upload the XLSX file itself. UTF-16 ("Unicode Text") is not accepted.',
  ],
  [
    'row-limit',
    1,
    ['최대 몇 행', '몇 행까지', '몇 줄까지', '몇 건까지', '행 수 제한', '행 제한', '최대 행'],
    ['how many rows can', 'row limit', 'max rows', 'maximum rows', 'maximum number of rows', 'rows at most'],
    '행 수 제한은 따로 없고, 업로드 한 건의 크기가 기본 512 MiB(IMPORT_MAX_BYTES)까지입니다. 100만 행 CSV(약 90 MiB)도 한 번에 가져오고, 가져오는 동안 메모리는 파일 크기와 상관없이 300 MB 안쪽입니다(bench/README.md).',
    'There is no row limit; one upload can be up to 512 MiB by default (IMPORT_MAX_BYTES). A million-row CSV (about 90 MiB) imports in one go, within about 300 MB of memory whatever the file size (bench/README.md).',
  ],
  [
    'bad-rows',
    2,
    [
      '잘못된 행이 있으면',
      '행이 잘못되면',
      '잘못 들어가면',
      '날짜가 잘못',
      '값이 잘못',
      '형식이 틀리',
      '틀린 행',
      '빈 칸이면',
      '빈칸이면',
      '필수 값이 없',
    ],
    [
      'what if a row',
      'if a row has',
      'bad date',
      'bad value',
      'invalid row',
      'invalid value',
      'wrong format',
      'missing value',
      'empty cell',
    ],
    '잘못된 행(날짜·금액 형식 오류, 비어 있는 필수 값, 없는 고객 번호 등)은 건너뛰고, 행 번호·열 이름·이유가 붙은 오류로 import(id)의 errors에 남으며 나머지 행은 들어갑니다(rowsBad에 셉니다). 다만 잘못된 행이 전체의 5%(startImport 옵션 maxBadRowShare)를 넘으면 아무 행도 쓰지 않고 실패로 끝납니다. 고친 파일을 다시 올리면 이미 들어간 행은 중복으로 건너뜁니다.',
    'A bad row (a date or amount in the wrong form, a required value missing, an unknown customer number …) is skipped and kept in import(id)’s errors with its line, column and reason, and the other rows go in (counted in rowsBad). Above 5 % bad rows (startImport’s maxBadRowShare) nothing is written and the import fails. Upload the corrected file again: rows already in are skipped as duplicates.',
  ],
];

export class FaqImportEncoding1767770000000 implements MigrationInterface {
  name = 'FaqImportEncoding1767770000000';

  async up(q: QueryRunner): Promise<void> {
    await seedFaqEntries(q, SEED);
  }

  async down(q: QueryRunner): Promise<void> {
    await unseedFaqEntries(q, SEED);
  }
}
