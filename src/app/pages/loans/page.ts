import { shellMarkup } from '../markup';

/** /loans: the loan portfolio for staff (seed 004's main screen). Filled by loans/client.ts. */
export const LOANS_BODY = shellMarkup({
  title: '대출 포트폴리오',
  loginHint: '분석가(ANALYST) 또는 관리자(ADMIN) 계정으로 로그인하세요.',
  main: `      <section class="kpis" aria-label="요약" data-i18n-label="summary">
        <div class="kpi"><span class="kpi-label" data-i18n="kpiCustomers">전체 고객</span><span id="kpi-customers" class="kpi-value">–</span></div>
        <div class="kpi"><span class="kpi-label" data-i18n="kpiLoans">전체 대출</span><span id="kpi-loans" class="kpi-value">–</span></div>
        <div class="kpi"><span class="kpi-label" data-i18n="kpiActive">활성 대출</span><span id="kpi-active" class="kpi-value">–</span></div>
        <div class="kpi"><span class="kpi-label" data-i18n="kpiAverage">평균 대출금액</span><span id="kpi-average" class="kpi-value">–</span></div>
      </section>
      <section class="card wide" aria-labelledby="loans-title">
        <h2 id="loans-title" data-i18n="loansTitle">대출 목록</h2>
        <form id="loan-filters" class="filters" role="search">
          <label class="grow"><span data-i18n="search">고객 이름·이메일·대출번호</span>
            <input id="f-search" type="search" maxlength="100" autocomplete="off" /></label>
          <label><span data-i18n="kind">종류</span>
            <select id="f-kind"><option value="" data-i18n="all">전체</option></select></label>
          <label><span data-i18n="status">상태</span>
            <select id="f-status"><option value="" data-i18n="all">전체</option></select></label>
          <label><span data-i18n="lender">금융회사</span>
            <input id="f-lender" type="text" maxlength="100" autocomplete="off" /></label>
          <label class="check"><input id="f-delinquent" type="checkbox" /> <span data-i18n="delinquentOnly">연체만</span></label>
          <button type="submit" id="f-apply" data-i18n="apply">검색</button>
        </form>
        <p id="loans-count" class="note"></p>
        <ul id="loan-list" class="loan-list" aria-live="polite"></ul>
        <p id="loans-empty" class="empty" data-i18n="noLoans" hidden>조건에 맞는 대출이 없습니다.</p>
        <nav class="pager" aria-label="페이지" data-i18n-label="pages">
          <button type="button" id="page-prev" class="secondary" data-i18n="prev" disabled>이전</button>
          <button type="button" id="page-next" class="secondary" data-i18n="next" disabled>다음</button>
        </nav>
      </section>
      <section id="loan-detail" class="card wide detail" aria-labelledby="detail-title" hidden>
        <div class="detail-head">
          <h2 id="detail-title"></h2>
          <button type="button" id="detail-close" class="secondary" data-i18n="close">닫기</button>
        </div>
        <dl id="detail-facts" class="facts"></dl>
        <h3 data-i18n="scheduleTitle">상환 일정 (다음 12회)</h3>
        <div class="table-wrap"><table id="detail-schedule"><thead><tr>
          <th scope="col" class="num" data-i18n="colNo">회차</th><th scope="col" data-i18n="colDue">납입일</th>
          <th scope="col" class="num" data-i18n="colPayment">납입액</th><th scope="col" class="num" data-i18n="colPrincipal">원금</th>
          <th scope="col" class="num" data-i18n="colInterest">이자</th><th scope="col" class="num" data-i18n="colBalance">잔액</th>
          <th scope="col" data-i18n="colPaid">납입</th></tr></thead><tbody></tbody></table></div>
        <h3 data-i18n="repaymentsTitle">상환 내역</h3>
        <div class="table-wrap"><table id="detail-repayments"><thead><tr>
          <th scope="col" data-i18n="colDate">일자</th><th scope="col" data-i18n="colKind">구분</th>
          <th scope="col" class="num" data-i18n="colAmount">금액</th><th scope="col" class="num" data-i18n="colPrincipal">원금</th>
          <th scope="col" class="num" data-i18n="colInterest">이자</th><th scope="col" class="num" data-i18n="colPenalty">연체이자</th>
          </tr></thead><tbody></tbody></table></div>
        <h3 data-i18n="applicationsTitle">대환 신청</h3>
        <ul id="detail-applications" class="applications"></ul>
      </section>
      <section id="faq-admin" class="card wide" aria-labelledby="faq-title" hidden>
        <h2 id="faq-title" data-i18n="faqTitle">FAQ 관리</h2>
        <p id="faq-hint" class="note"></p>
        <div id="faq-list" class="faq-list"></div>
      </section>`,
});
