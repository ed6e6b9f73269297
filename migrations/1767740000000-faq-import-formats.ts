import { randomUUID } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

// Staff asked the FAQ bot "CSV 업로드할 때 날짜 형식은 어떻게 해야 해요?" and were told there was no finished import
// yet: a question about what the importer accepts was read as a question about the latest upload's figures. Two
// entries answer it from the importer's own rules (src/modules/imports/normalize.ts parseDateTime, csv-records.ts, text-encoding.ts)
// and cite no import, so they answer before the first upload too. Ahead of the figure entries (priority 1–2).
const SEED: [string, number, string[], string[], string, string][] = [
  [
    'date-formats',
    1,
    ['날짜 형식', '날짜 포맷', '날짜는 어떻게', '날짜를 어떻게', '일자 형식'],
    ['date format', 'format of the date', 'dates formatted', 'which dates', 'how should dates'],
    '날짜는 2025-03-04(시각과 시간대를 붙여도 됩니다), 2025/03/04, 2025.03.04, 20250304, 2025년 3월 4일, 3/4/2025(월/일 순서이며, 가져오기 옵션 dateFormat을 DMY로 주면 일/월), 엑셀 날짜 셀과 엑셀 일련번호를 받습니다. 시간대가 없는 값은 한국 시간(KST)으로 읽습니다.',
    'Dates may be 2025-03-04 (a time and a zone may follow), 2025/03/04, 2025.03.04, 20250304, 2025년 3월 4일, 3/4/2025 (month first; the import option dateFormat: DMY reads day first), an Excel date cell or an Excel serial number. Values without a zone are read as Korean time (KST).',
  ],
  [
    'file-formats',
    2,
    ['파일 형식', '파일 포맷', '인코딩', '어떤 파일', '엑셀 파일', 'csv 형식'],
    ['file format', 'file type', 'encoding', 'which files', 'csv format', 'excel file'],
    'CSV(UTF-8이나, 한국어 엑셀이 "CSV (쉼표로 분리)"로 저장하는 CP949 모두 자동으로 알아봅니다)와 엑셀 XLSX 파일을 받습니다. 첫 줄은 열 이름이고, 따옴표로 묶은 값 안의 쉼표와 줄바꿈도 읽습니다. 엑셀은 첫 시트(또는 지정한 시트)를 읽습니다. 잘못된 행은 행 번호와 열 이름이 붙은 오류로 남고 나머지 행만 들어가며, 잘못된 행이 5%(옵션 maxBadRowShare)를 넘으면 아무것도 들어가지 않습니다.',
    'CSV (UTF-8, or CP949 as Korean Excel saves "CSV (Comma delimited)": the encoding is recognised) and Excel XLSX files. The first line names the columns; commas and line breaks inside quoted values are read. From Excel the first sheet (or the one named) is read. A bad row is kept as an error naming its line and column and only the other rows are imported; above 5 % bad rows (option maxBadRowShare) nothing is.',
  ],
];

export class FaqImportFormats1767740000000 implements MigrationInterface {
  name = 'FaqImportFormats1767740000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [key, priority, ko, en, answerKo, answerEn] of SEED)
      await q.query(
        `INSERT INTO faq_entry (id, key, questions_ko, questions_en, answer_ko, answer_en, priority, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now(), now())`,
        [randomUUID(), key, ko, en, answerKo, answerEn, priority],
      );
    // Replicas cache the catalogue by its version.
    await q.query(`UPDATE faq_catalogue SET version = version + 1, updated_at = now()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM faq_entry WHERE key = ANY($1)`, [SEED.map(([key]) => key)]);
    await q.query(`UPDATE faq_catalogue SET version = version + 1, updated_at = now()`);
  }
}
