import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO, DEMO_PASSWORD, startTestApp, TestApp } from './support/app';
import { describeWithBrowser, launchBrowser, openSignedInPage } from './support/browser';

// The FAQ section of /loans (issue 17): an ADMIN edits an FAQ answer in Chromium and it is saved (a new version
// the API returns); a refused edit shows the field-named error; an ANALYST does not get the section.

const ARTIFACTS = path.join(__dirname, '.artifacts');

describe('/loans FAQ section', () => {
  let t: TestApp;
  let origin: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    origin = new URL(t.url).origin;
    admin = await t.login(DEMO.admin);
  }, 120_000);
  afterAll(() => t?.stop());

  const stored = async (key: string) => {
    const res = await t.request<{
      faqCatalogue: { entries: { key: string; answerKo: string; questionsEn: string[]; version: number }[] };
    }>(`{ faqCatalogue { entries { key answerKo questionsEn version } } }`, {}, admin);
    return res.data!.faqCatalogue.entries.find((e) => e.key === key)!;
  };

  describeWithBrowser('in Chromium', () => {
    let browser: Browser;
    const problems: string[] = [];

    beforeAll(async () => {
      browser = await launchBrowser();
      fs.mkdirSync(ARTIFACTS, { recursive: true });
    });
    afterAll(async () => {
      await browser?.close();
    });

    function open(email: string, width = 1440): Promise<Page> {
      return openSignedInPage(browser, `${origin}/loans`, email, DEMO_PASSWORD, {
        width,
        height: 900,
        locale: 'ko-KR',
        problems,
      });
    }

    it('an ADMIN edits an FAQ answer and its question variants, and sees them saved', async () => {
      const before = await stored('rows');
      const p = await open(DEMO.admin);
      const form = p.locator('#faq-list form[data-key="rows"]');
      await form.waitFor();
      // The seeded entries: 8 figures of the latest import, 2 on what the importer accepts, 1 on how to upload, 4 on how
      // an import works, 3 on the encoding, the row limit and bad rows (QA round 28).
      expect(await p.locator('#faq-list form').count()).toBe(18);
      expect(await form.locator('textarea[name="answerKo"]').inputValue()).toBe(before.answerKo);

      const answer = '최근 업로드에서 가져온 행은 모두 {{import.rowsImported}}행입니다.';
      await form.locator('textarea[name="answerKo"]').fill(answer);
      await form.locator('textarea[name="questionsEn"]').fill('row\nline\nrecord\nhow big');
      await form.locator('button[type="submit"]').click();
      await p.waitForSelector(
        `#faq-list form[data-key="rows"] [role="status"]:has-text("버전 ${before.version + 1}")`,
      );
      expect(await p.locator('#faq-list form[data-key="rows"] [role="status"]').textContent()).toBe(
        `저장했습니다 (버전 ${before.version + 1}).`,
      );
      const after = await stored('rows');
      expect(after).toMatchObject({
        answerKo: answer,
        questionsEn: ['row', 'line', 'record', 'how big'],
        version: before.version + 1,
      });
      await p.screenshot({ path: path.join(ARTIFACTS, 'loans-faq-1440.png'), fullPage: true });

      // An unknown placeholder is refused with the field's name, and nothing is stored.
      const again = p.locator('#faq-list form[data-key="rows"]');
      await again.locator('textarea[name="answerEn"]').fill('Rows: {{import.rowCount}}');
      await again.locator('button[type="submit"]').click();
      const status = again.locator('[role="status"].error');
      await status.waitFor();
      expect(await status.textContent()).toContain('answerEn');
      expect(await status.textContent()).toContain('unknown placeholder {{import.rowCount}}');
      expect((await stored('rows')).version).toBe(after.version);
      expect(problems.filter((x) => !x.includes('400'))).toEqual([]);
      await p.context().close();
    });

    it('does not show the section to an ANALYST', async () => {
      const p = await open(DEMO.analyst, 390);
      expect(await p.locator('#faq-admin').isHidden()).toBe(true);
      await p.context().close();
    });
  });
});
