// The stylesheet of /dashboard and /chat (served as /pages/assets/<version>/pages.css; kept as a string so
// tsc's dist/ carries it). No inline styles anywhere: the pages' CSP has style-src 'self' only.
export const PAGES_CSS = `:root {
  --bg: #f5f6f8;
  --fg: #1d2230;
  --muted: #5b6475;
  --card: #fff;
  --line: #dde1e8;
  --accent: #1f5fbf;
  --accent-fg: #fff;
  --danger-bg: #fdecec;
  --danger-fg: #8a1c1c;
  --ok: #1e7b45;
  font-family: system-ui, -apple-system, 'Apple SD Gothic Neo', 'Noto Sans KR', 'Malgun Gothic', sans-serif;
  color: var(--fg);
  background: var(--bg);
}
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; }
[hidden] { display: none !important; }
button {
  font: inherit; padding: 0.45rem 0.9rem; border-radius: 6px; border: 1px solid var(--accent);
  background: var(--accent); color: var(--accent-fg); cursor: pointer;
}
button.secondary { background: transparent; color: var(--accent); }
button:disabled { opacity: 0.6; cursor: default; }
button:focus-visible, input:focus-visible, textarea:focus-visible, a:focus-visible { outline: 3px solid #8fb3ef; outline-offset: 1px; }
input, textarea { font: inherit; padding: 0.45rem 0.6rem; border: 1px solid var(--line); border-radius: 6px; width: 100%; }
/* A checkbox keeps its own size: at width 100% it pushed its label to one letter per line (/loans "연체만"). */
input[type='checkbox'], input[type='radio'] { width: auto; padding: 0; margin: 0; flex: none; }
select { font: inherit; padding: 0.4rem 0.5rem; border: 1px solid var(--line); border-radius: 6px; background: var(--card); color: var(--fg); }
.topbar {
  display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1rem; padding: 0.75rem 1.25rem;
  background: var(--card); border-bottom: 1px solid var(--line);
}
.topbar h1 { font-size: 1.2rem; margin: 0; }
.topbar-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; min-width: 0; }
.topbar-actions button { white-space: nowrap; }
.whoami { color: var(--muted); font-size: 0.9rem; overflow-wrap: anywhere; }
.alert { margin: 1rem 1.25rem 0; padding: 0.7rem 1rem; border-radius: 6px; background: var(--danger-bg); color: var(--danger-fg); }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; }
.card h2 { font-size: 1rem; margin: 0 0 0.75rem; }
.login { max-width: 380px; margin: 3rem auto; }
.login form { display: grid; gap: 0.5rem; }
.login button { margin-top: 0.5rem; }
.oidc-profile form { display: grid; gap: 0.5rem; }
.providers { display: grid; gap: 0.5rem; margin-top: 1rem; }
.providers .provider { display: block; text-align: center; padding: 0.5rem; border: 1px solid currentColor; border-radius: 6px; text-decoration: none; }
.hint, .note, .empty { color: var(--muted); font-size: 0.85rem; }
main { padding: 1rem 1.25rem 2rem; }
.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 0.75rem; margin-bottom: 1rem; }
.kpi { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 0.75rem 1rem; display: grid; gap: 0.25rem; }
.kpi-label { color: var(--muted); font-size: 0.8rem; }
.kpi-value { font-size: 1.35rem; font-weight: 600; }
.kpi-value[data-loading] { font-size: 0.9rem; font-weight: 400; color: var(--muted); }
.grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 1rem; }
.wide { grid-column: 1 / -1; }
@media (max-width: 900px) { .grid { grid-template-columns: minmax(0, 1fr); } }
@media (max-width: 600px) {
  main { padding: 0.75rem 0.75rem 1.5rem; }
  .topbar { padding: 0.6rem 0.75rem; }
  .card { padding: 0.75rem; }
  .kpis { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .kpi-value { font-size: 1.1rem; overflow-wrap: anywhere; }
  .chart { height: 420px; }
  .chart.short { height: 220px; }
}
.chart { position: relative; height: 320px; }
.chart.short { height: 200px; }
.bands { list-style: none; padding: 0; margin: 0.5rem 0 0; display: flex; gap: 1rem; flex-wrap: wrap; font-size: 0.9rem; }
.table-wrap { overflow-x: auto; margin-top: 0.75rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
th, td { text-align: left; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num, td[class^='status-'] { white-space: nowrap; }
td.file { overflow-wrap: anywhere; min-width: 8rem; max-width: 16rem; }
/* A phone scrolls the table inside its wrapper instead of squeezing a column to a letter per line. */
.table-wrap table { min-width: 40rem; }
.status-SUCCEEDED { color: var(--ok); }
.status-FAILED { color: var(--danger-fg); }
.footer { margin-top: 1rem; }
/* chat */
.chat { display: grid; grid-template-columns: 260px minmax(0, 1fr); gap: 1rem; height: calc(100vh - 6rem); }
@media (max-width: 800px) { .chat { grid-template-columns: 1fr; height: auto; } }
.conversations { display: flex; flex-direction: column; gap: 0.5rem; overflow: hidden; }
.conversations ul { list-style: none; margin: 0; padding: 0; overflow-y: auto; }
.conversations li button {
  width: 100%; text-align: left; background: transparent; color: var(--fg); border: 1px solid transparent;
  border-radius: 6px; padding: 0.45rem 0.6rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
}
.conversations li button[aria-current='true'] { background: #e8effb; border-color: #c5d6f3; }
.thread { display: flex; flex-direction: column; min-height: 0; }
.messages { flex: 1; overflow-y: auto; display: flex; flex-direction: column; gap: 0.6rem; padding: 0.25rem; min-height: 240px; }
.message { max-width: 80%; padding: 0.6rem 0.8rem; border-radius: 10px; white-space: pre-wrap; line-height: 1.5; }
.message.USER { align-self: flex-end; background: var(--accent); color: var(--accent-fg); }
.message.ASSISTANT { align-self: flex-start; background: var(--card); border: 1px solid var(--line); }
.message.STREAMING .text::after { content: '▍'; color: var(--muted); }
.message.FAILED, .message.CANCELLED { border-color: var(--danger-fg); }
.meta { display: block; margin-top: 0.35rem; font-size: 0.75rem; color: var(--muted); }
.meta .summary { display: block; }
.meta details.why { margin-top: 0.2rem; }
.meta details.why summary { cursor: pointer; }
.meta details.why ul { margin: 0.2rem 0 0; padding-left: 1.1rem; }
.composer { display: flex; gap: 0.5rem; margin-top: 0.75rem; align-items: flex-end; }
.composer button { white-space: nowrap; }
.composer textarea { resize: vertical; min-height: 2.6rem; max-height: 10rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.status { font-size: 0.85rem; color: var(--muted); }
.count { margin: 0.25rem 0 0; font-size: 0.8rem; color: var(--muted); text-align: right; }
.count[data-full='true'] { color: var(--danger-fg); }
.status[data-state='reconnecting'], .status[data-state='offline'], .status[data-state='error'], .status[data-state='failed'] { color: var(--danger-fg); }
.status[data-state='connected'] { color: var(--ok); }
.faq-list { display: grid; gap: 1rem; }
.faq-entry { display: grid; gap: 0.5rem; border-top: 1px solid var(--line); padding-top: 0.75rem; }
.faq-entry label { display: grid; gap: 0.2rem; font-size: 0.8rem; color: var(--muted); }
.faq-entry button { justify-self: start; }
.faq-entry .error { color: #b3261e; }
.filters { display: flex; flex-wrap: wrap; gap: 0.5rem 0.75rem; align-items: flex-end; }
.filters label { display: grid; gap: 0.2rem; font-size: 0.8rem; color: var(--muted); min-width: 0; }
.filters label.grow { flex: 1 1 14rem; }
.filters label.check { display: flex; align-items: center; gap: 0.35rem; white-space: nowrap; min-height: 2.3rem; }
.filters input, .filters select { max-width: 100%; }
.loan-list { list-style: none; margin: 0.75rem 0 0; padding: 0; display: grid; gap: 0.5rem; }
.loan-card { border: 1px solid var(--line); border-radius: 8px; padding: 0.6rem 0.75rem; display: grid; gap: 0.35rem;
  grid-template-columns: minmax(0, 1fr) auto; }
.loan-head { display: flex; flex-wrap: wrap; gap: 0.25rem 0.6rem; align-items: center; min-width: 0; grid-column: 1 / -1; }
.loan-head .muted { color: var(--muted); font-size: 0.8rem; overflow-wrap: anywhere; }
.loan-body { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; font-size: 0.85rem; min-width: 0; overflow-wrap: anywhere; }
.loan-actions { align-self: end; }
.badge { font-size: 0.75rem; border-radius: 999px; padding: 0.1rem 0.5rem; border: 1px solid var(--line); }
.badge.overdue { color: var(--danger-fg); border-color: var(--danger-fg); }
.badge.ok { color: var(--ok); border-color: var(--ok); }
.pager { display: flex; gap: 0.5rem; justify-content: flex-end; margin-top: 0.75rem; }
.detail-head { display: flex; justify-content: space-between; gap: 0.5rem; align-items: center; }
.detail h3 { font-size: 0.95rem; margin: 1rem 0 0.25rem; }
.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.25rem 1rem; margin: 0.5rem 0 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.applications { padding-left: 1.1rem; }
.applications .events { font-size: 0.8rem; color: var(--muted); }
@media (max-width: 600px) {
  .loan-card { grid-template-columns: minmax(0, 1fr); }
  .facts { grid-template-columns: minmax(0, 1fr); }
  .filters label { flex: 1 1 100%; }
}
`;
