import { MigrationInterface, QueryRunner } from 'typeorm';
import { type FaqSeed, seedFaqEntries, unseedFaqEntries } from './faq-seed';

// Staff asked the FAQ bot how imports work — "What's the max file size?", "중복 행은 어떻게 처리돼요?", "What columns
// does the import file need?", "임포트 작업 얼마나 걸려요?" — and were told there was no finished import yet (each read
// as a question about the latest upload's figures). These entries answer them from the importer itself (the upload
// limit IMPORT_MAX_BYTES, the natural-key skip and DuplicateImportError, importPresets and the column mapping, the
// background job and its benchmark) and cite no import, so they answer before the first upload too. Priority 1–2,
// ahead of the figure entries; an entry an admin already keeps under one of these keys is left as it is.
const SEED: FaqSeed[] = [
  [
    'max-file-size',
    1,
    [
      '최대 크기',
      '최대 용량',
      '파일 크기',
      '파일 용량',
      '용량 제한',
      '크기 제한',
      '몇 메가',
      '몇 기가',
      '용량이 얼마',
    ],
    [
      'max file size',
      'maximum file size',
      'file size',
      'size limit',
      'how big',
      'largest file',
      'upload limit',
    ],
    '업로드 한 건의 최대 크기는 기본 512 MiB이고, 운영자가 IMPORT_MAX_BYTES로 바꿀 수 있습니다. 그보다 큰 파일은 업로드 단계에서 거절되니 나눠서 올려 주세요. 행 수 제한은 따로 없습니다(100만 행 파일도 가져옵니다).',
    'One upload can be up to 512 MiB by default (operators change it with IMPORT_MAX_BYTES); a larger file is refused at upload, so split it. There is no separate row limit (million-row files import).',
  ],
  [
    'duplicate-rows',
    1,
    ['중복', '같은 행', '이미 있는 행', '두 번 올리', '다시 올리', '같은 파일'],
    ['duplicate', 'same row', 'same file', 'already imported', 'upload twice', 'upload again', 'twice'],
    '이미 들어 있는 행(대상마다 정한 자연 키가 같은 행)은 건너뛰고 결과의 rowsDuplicate에 셉니다. 같은 파일을 같은 대상·매핑으로 다시 가져오면 DuplicateImportError로 거절되고 기존 가져오기의 id를 알려 줍니다. 건너뛴 행은 오류가 아니라서 나머지 행은 그대로 들어갑니다.',
    'Rows already there (the same natural key for that target) are skipped and counted in rowsDuplicate. Importing the same file again with the same target and mapping is refused with DuplicateImportError, which names the earlier import. Skipped rows are not errors: the other rows go in as usual.',
  ],
  [
    'required-columns',
    2,
    ['필수 열', '필수 컬럼', '어떤 열', '어떤 컬럼', '무슨 열', '컬럼 이름', '열 이름', '헤더', '양식'],
    ['columns', 'column names', 'required fields', 'header', 'template', 'what fields'],
    '대상(CUSTOMERS, SALES, TRANSACTIONS, CUSTOMER_QUARTERS)마다 프리셋이 있고, importPresets(target) 조회가 각 프리셋의 열 이름과 필수 여부를 알려 줍니다. 파일의 열 이름이 다르면 startImport의 mapping으로 파일의 열을 필드에 연결하면 됩니다. 필수 열이 파일에 없으면 가져오기는 아무 행도 쓰지 않고 그 열 이름을 밝힌 오류로 끝납니다.',
    'Each target (CUSTOMERS, SALES, TRANSACTIONS, CUSTOMER_QUARTERS) has presets; the importPresets(target) query lists each preset’s columns and which are required. If your file names them differently, pass a mapping to startImport to tie each file column to a field. A required column missing from the file ends the import with an error naming it, and no row is written.',
  ],
  [
    'import-duration',
    2,
    ['얼마나 걸려', '시간이 얼마나', '오래 걸려', '언제 끝나', '몇 분', '몇 초', '진행 상황', '진행률'],
    ['how long', 'how much time', 'progress', 'when will it finish', 'when does it finish', 'take long'],
    '가져오기는 업로드 뒤 백그라운드 작업으로 돌고, 100만 행이 이 프로젝트의 벤치마크에서 매출은 약 3초, 카드 거래는 약 7초 걸렸습니다(2코어, bench/README.md). 진행 상황은 importProgress 구독으로, 끝난 뒤 결과와 오류 행은 import(id) 조회로 볼 수 있습니다.',
    'An import runs as a background job after the upload; a million rows took about 3 s for sales and about 7 s for card transactions in the project’s benchmark (2 cores, bench/README.md). Follow it with the importProgress subscription; import(id) shows the result and the bad rows when it is done.',
  ],
];

export class FaqImportHowTo1767760000000 implements MigrationInterface {
  name = 'FaqImportHowTo1767760000000';

  async up(q: QueryRunner): Promise<void> {
    await seedFaqEntries(q, SEED);
  }

  async down(q: QueryRunner): Promise<void> {
    await unseedFaqEntries(q, SEED);
  }
}
