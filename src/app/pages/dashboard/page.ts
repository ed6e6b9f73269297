import { shellMarkup } from '../markup';

/** /dashboard: the analysts' charts. Canvases are filled by dashboard/client.ts. */
export const DASHBOARD_BODY = shellMarkup({
  title: '포트폴리오 대시보드',
  loginHint: '분석가(ANALYST) 또는 관리자(ADMIN) 계정으로 로그인하세요.',
  main: `      <section class="kpis" aria-label="요약" data-i18n-label="summary">
        <div class="kpi"><span class="kpi-label" data-i18n="kpiCustomers">고객 수</span><span id="kpi-customers" class="kpi-value">–</span></div>
        <div class="kpi"><span class="kpi-label" data-i18n="kpiSpending">최근 분기 카드 사용액</span><span id="kpi-spending" class="kpi-value">–</span></div>
        <div class="kpi"><span class="kpi-label" data-i18n="kpiHealth">평균 재무건강 점수</span><span id="kpi-health" class="kpi-value">–</span></div>
        <div class="kpi"><span class="kpi-label" data-i18n="kpiImports">가져오기</span><span id="kpi-imports" class="kpi-value">–</span></div>
      </section>
      <div class="grid">
        <section class="card wide" aria-labelledby="spending-title">
          <h2 id="spending-title" data-i18n="spendingTitle">분기·업종별 카드 사용액</h2>
          <div class="chart"><canvas id="chart-spending" role="img" data-i18n-label="spendingTitle"></canvas></div>
          <p id="spending-partial" class="note" hidden></p>
          <p id="spending-empty" class="empty" data-i18n="noSpending" hidden>분기 데이터가 없습니다.</p>
        </section>
        <section class="card" aria-labelledby="health-title">
          <h2 id="health-title" data-i18n="healthTitle">재무건강 점수 분포</h2>
          <div class="chart"><canvas id="chart-health" role="img" data-i18n-label="healthTitle"></canvas></div>
          <ul id="health-bands" class="bands"></ul>
          <p id="health-note" class="note"></p>
        </section>
        <section class="card" aria-labelledby="stages-title">
          <h2 id="stages-title" data-i18n="stagesTitle">생애주기 분포</h2>
          <div class="chart"><canvas id="chart-stages" role="img" data-i18n-label="stagesTitle"></canvas></div>
        </section>
        <section class="card" aria-labelledby="images-title">
          <h2 id="images-title" data-i18n="imagesTitle">서류 이미지 판정</h2>
          <ul id="image-verdicts" class="bands"></ul>
          <p id="images-note" class="note"></p>
        </section>
        <section class="card wide" aria-labelledby="imports-title">
          <h2 id="imports-title" data-i18n="importsTitle">가져오기 이력과 품질</h2>
          <div class="chart short"><canvas id="chart-imports" role="img" data-i18n-label="importsTitle"></canvas></div>
          <div class="table-wrap">
            <table id="imports-table">
              <thead>
                <tr>
                  <th scope="col" data-i18n="colCreated">시작</th>
                  <th scope="col" data-i18n="colTarget">대상</th>
                  <th scope="col" data-i18n="colFile">파일</th>
                  <th scope="col" data-i18n="colStatus">상태</th>
                  <th scope="col" class="num" data-i18n="colRead">읽은 행</th>
                  <th scope="col" class="num" data-i18n="colBad">오류 행</th>
                  <th scope="col" class="num" data-i18n="colInserted">적재</th>
                  <th scope="col" class="num" data-i18n="colDuplicate">중복</th>
                  <th scope="col" data-i18n="colQuality">품질</th>
                </tr>
              </thead>
              <tbody id="imports-rows"></tbody>
            </table>
          </div>
          <p id="imports-empty" class="empty" data-i18n="noImports" hidden>가져오기 기록이 없습니다.</p>
        </section>
      </div>
      <p class="footer"><button type="button" id="refresh" class="secondary" data-i18n="refresh">새로 고침</button> <span id="updated" class="note"></span></p>`,
});
