import { MigrationInterface, QueryRunner } from 'typeorm';
import { type FaqSeed, seedFaqEntries, unseedFaqEntries } from './faq-seed';

// Staff asked the FAQ bot "How do I upload an XLSX file?" and were told there was no finished import yet: a how-to
// question was read as a question about the latest upload's figures. This entry answers it from the upload route
// (src/modules/imports/upload.router.ts) and the startImport mutation, cites no import, so it answers before the first
// upload too. Priority 1 with phrases that name the act of uploading ("업로드 방법", "how do I upload"): ahead of
// `file-formats` for "엑셀 파일 업로드 방법", behind `date-formats` (same priority, smaller key) for a date question.
// An entry an admin already keeps under this key is left as it is.
const SEED: FaqSeed[] = [
  [
    'how-to-upload',
    1,
    [
      '업로드 방법',
      '업로드하는 방법',
      '업로드 어떻게',
      '업로드는 어떻게',
      '어떻게 업로드',
      '업로드하려면',
      '파일 올리는 방법',
      '파일을 어떻게 올',
      '파일 어떻게 올',
      '파일은 어떻게 올',
      '가져오기 방법',
      '임포트 방법',
    ],
    [
      'how do i upload',
      'how to upload',
      'how can i upload',
      'how do i import',
      'how to import',
      'how can i import',
      'where do i upload',
    ],
    '직원(ANALYST·ADMIN) 토큰으로 파일을 POST /uploads/imports 에 multipart로 올립니다(파트 이름 file, CSV 또는 XLSX, 기본 최대 512 MiB). 응답의 uploadId로 startImport 뮤테이션을 호출하면서 대상(CUSTOMERS, SALES, TRANSACTIONS, CUSTOMER_QUARTERS)과 프리셋(예: sales, transactions-ko) 또는 열 매핑을 줍니다. 진행 상황은 importProgress 구독으로, 결과와 오류 행은 import(id) 조회로 봅니다. 프리셋의 열은 importPresets(target)가 알려 줍니다.',
    "Upload the file with a staff (ANALYST or ADMIN) token: POST /uploads/imports, multipart with one part named file (CSV or XLSX, up to 512 MiB by default). Then call the startImport mutation with the uploadId it returns, a target (CUSTOMERS, SALES, TRANSACTIONS, CUSTOMER_QUARTERS) and a preset (e.g. sales, transactions-ko) or a column mapping. Follow it with the importProgress subscription; import(id) shows the result and the bad rows. importPresets(target) lists each preset's columns.",
  ],
];

export class FaqHowToUpload1767750000000 implements MigrationInterface {
  name = 'FaqHowToUpload1767750000000';

  async up(q: QueryRunner): Promise<void> {
    await seedFaqEntries(q, SEED);
  }

  async down(q: QueryRunner): Promise<void> {
    await unseedFaqEntries(q, SEED);
  }
}
