// The counselling pipeline behind the chat engine (see counsellor.ts): guardrails → topic → (general) a friendly
// reply; (staff) the FAQ bot over the cached import summaries; (finance) emotion + scenario + the data the intent
// needs, through the same tools a model may call → the offline reply from the advice templates and the messages
// an LLM receives. Nothing here persists or streams.
import { createHash } from 'node:crypto';
import type { RequestContext } from '../../../common/context';
import { koreanDate } from '../../../common/dates';
import type { ChatMessage, ToolCall } from '../../../platform/llm';
import { analyseEmotionText, emotionModel, type EmotionResult } from '../../emotion';
import { classifyTopicText, topicModel, type FinanceIntent, type TopicResult } from '../../topics';
import { CounselRepository } from './counsel.repository';
import type {
  Citation,
  ChatLanguage,
  CounselInput,
  Counsellor,
  PreparedTurn,
  ToolResult,
  TurnScenario,
} from './counsellor';
import type { ForecastData, ImportFigures, TurnData } from './data';
import { detectInjection, type InjectionFinding, type OwnIdentity } from './injection';
import { detectChatLanguage } from './language';
import { buildMessages, contextOf } from './prompt';
import { reviewAnswer } from './review';
import {
  composeCounselReply,
  composeFaqReply,
  composeForecastReply,
  faqMetricOf,
  generalReply,
  looksLikeImportQuestion,
  refusalReply,
  staffNoteReply,
  staffOnlyReply,
} from './templates';
import {
  CUSTOMER_TOOLS,
  executeTool,
  getCustomerForecast,
  getImportFigures,
  getIndicatorForecast,
  getInsights,
  getLoans,
  getSchedule,
  getScenario,
  getSpending,
  getTransactions,
  IMPORT_TARGET_NAMES,
  RATE_SERIES,
  simulateLimit,
  STAFF_TOOLS,
  TOOL,
  TOOL_DEFINITIONS,
  ToolRefusal,
  validateArgs,
  type ToolContext,
  type ToolName,
  type ToolServices,
} from './tools';

// eslint-disable-next-line no-control-regex -- control characters are dropped before classifying
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;

const FORECAST_WORDS =
  /(전망|예측|예상|앞으로|향후|내년|다음\s*\d*\s*(개월|달|분기)|forecast|outlook|predict|project(ion)?|next\s+\d*\s*(months?|quarters?)|in\s+\d+\s+months?)/i;
const RATE_WORDS = /(금리|기준금리|이자율|rate|interest)/i;
const SPEND_WORDS = /(소비|지출|카드|씀씀이|spend|spending|expenses?|card)/i;
const DEBT_WORDS = /(부채|빚|대출\s*잔액|잔액|debt|balance|owe)/i;
const UPLOAD_WORDS = /(업로드|임포트|가져온\s*파일|import|upload|csv|xlsx|엑셀\s*파일)/i;

/** Months asked for ("6개월", "next 3 months"), clamped to 1–12; null when none is named. */
export function horizonOf(text: string): number | null {
  const m = /(\d{1,2})\s*(개월|달|months?)/i.exec(text);
  if (!m) return null;
  return Math.min(12, Math.max(1, Number(m[1])));
}

/** Whether a finance message asks for a forecast. */
export function isForecastQuestion(text: string, intent: FinanceIntent | null): boolean {
  return intent === 'FORECAST' || FORECAST_WORDS.test(text);
}

function targetOf(text: string): string | undefined {
  if (/(매출|인보이스|송장|주문|sales|revenue|invoices?|orders?)/i.test(text)) return 'SALES';
  if (/(카드\s*거래|거래\s*내역|transactions?)/i.test(text)) return 'TRANSACTIONS';
  if (/(분기\s*집계|quarters?)/i.test(text)) return 'CUSTOMER_QUARTERS';
  if (/(고객\s*(파일|명단|업로드)|customer\s*(file|import|list))/i.test(text)) return 'CUSTOMERS';
  return undefined;
}

const hash = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);

export interface PipelineOptions {
  /** Reports a data fetch that failed (the turn goes on without that block). */
  onFetchError?: (ctx: RequestContext, tool: string, error: unknown) => void;
}

const WITHHELD: Record<ChatLanguage, string> = {
  ko: '[보안 정책에 따라 메시지가 보류되었습니다]',
  en: '[message withheld by the guardrail]',
};

export class CounsellingPipeline implements Counsellor {
  /** Results of the model's allowed tool calls per turn: figures from them are grounded too (review). */
  private readonly toolOutputs = new WeakMap<PreparedTurn, string[]>();

  constructor(
    private readonly services: ToolServices,
    private readonly repository = new CounselRepository(),
    private readonly options: PipelineOptions = {},
  ) {}

  private modelVersions(): string {
    return `${topicModel().version}+${emotionModel().version}`;
  }

  async prepare(ctx: RequestContext, input: CounselInput): Promise<PreparedTurn> {
    const text = input.text.replace(CONTROL, ' ');
    const language = detectChatLanguage(text, input.history);
    const topic = classifyTopicText(text);
    const staff = input.viewerRole !== 'CUSTOMER';
    const customerId = staff ? null : input.customerId;

    // Guardrail first: nothing is fetched for a refused message.
    const own: OwnIdentity = {};
    if (customerId) {
      const me = await this.services.customers.getById(ctx, customerId);
      Object.assign(own, { name: me.name, customerNumber: me.customerNumber, customerId });
      const loans = await this.services.loans.forCustomer(ctx, customerId);
      own.ownIds = loans.map((l) => l.id);
    }
    let finding = detectInjection(text, own);
    if (
      !finding &&
      !staff &&
      (await this.repository.mentionsOtherCustomer(ctx, text, customerId, own.name ?? null))
    )
      finding = { kind: 'OTHER_CUSTOMER', rule: 'names-stored-customer', encoded: false };
    // Earlier user turns that were refused (an injection, another customer's name) never reach a model again.
    input = {
      ...input,
      history: await this.safeHistory(ctx, input.history, own, customerId, staff, language),
    };
    if (finding) return this.refused(input, language, topic, finding);

    if (staff) {
      if (looksLikeImportQuestion(text) || topic.intent?.label === 'UPLOAD_FAQ')
        return this.faq(ctx, input, language, topic, text);
      if (topic.topic === 'GENERAL') return this.general(input, language, topic);
      return this.general(input, language, topic, staffNoteReply(language));
    }
    if (topic.topic === 'GENERAL' || !customerId) {
      if (UPLOAD_WORDS.test(text)) return this.general(input, language, topic, staffOnlyReply(language));
      return this.general(input, language, topic);
    }
    if (topic.intent?.label === 'UPLOAD_FAQ' || UPLOAD_WORDS.test(text))
      return this.general(input, language, topic, staffOnlyReply(language));
    return this.finance(ctx, input, language, topic, text, customerId);
  }

  private async safeHistory(
    ctx: RequestContext,
    history: readonly ChatMessage[],
    own: OwnIdentity,
    customerId: string | null,
    staff: boolean,
    language: ChatLanguage,
  ): Promise<ChatMessage[]> {
    const userTexts = history.filter((m) => m.role === 'user').map((m) => m.content);
    // One statement for the whole window; only a hit is narrowed down message by message.
    const anyNamed =
      !staff &&
      userTexts.length > 0 &&
      (await this.repository.mentionsOtherCustomer(ctx, userTexts.join('\n'), customerId, own.name ?? null));
    const out: ChatMessage[] = [];
    for (const m of history) {
      if (m.role !== 'user') {
        out.push(m);
        continue;
      }
      const text = m.content.replace(CONTROL, ' ');
      const bad =
        detectInjection(text, own) !== null ||
        (anyNamed && (await this.repository.mentionsOtherCustomer(ctx, text, customerId, own.name ?? null)));
      out.push(bad ? { role: 'user', content: WITHHELD[language] } : m);
    }
    return out;
  }

  /** The fields of a turn without data: no emotion, scenario, tools or citations. */
  private base(
    language: ChatLanguage,
    topic: TopicResult,
  ): Pick<PreparedTurn, 'language' | 'topic' | 'emotion' | 'scenario' | 'toolsUsed' | 'citations' | 'tools'> {
    return { language, topic, emotion: null, scenario: null, toolsUsed: [], citations: [], tools: [] };
  }

  private refused(
    input: CounselInput,
    language: ChatLanguage,
    topic: TopicResult,
    finding: InjectionFinding,
  ): PreparedTurn {
    const reply = refusalReply(finding.kind, language);
    return {
      ...this.base(language, topic),
      dataVersion: hash({ kind: 'REFUSED', rule: finding.rule, language }),
      // The user's text is withheld: it may carry the injection or another customer's name.
      llmMessages: buildMessages({
        kind: 'REFUSED',
        language,
        history: input.history,
        context: { answerKind: 'REFUSED', reason: finding.kind, refusal: reply },
        userText:
          language === 'ko'
            ? '[보안 정책에 따라 메시지가 보류되었습니다]'
            : '[message withheld by the guardrail]',
      }),
      offlineReply: reply,
      answerKind: 'REFUSED',
      auditData: {
        viewerRole: input.viewerRole,
        customerId: input.customerId,
        guardrail: { kind: finding.kind, rule: finding.rule, encoded: finding.encoded },
      },
    };
  }

  private general(
    input: CounselInput,
    language: ChatLanguage,
    topic: TopicResult,
    reply?: string,
  ): PreparedTurn {
    // The mood only picks the small-talk opener; a general turn reports no emotion.
    const offlineReply = reply ?? generalReply(input.text, language, analyseEmotionText(input.text).label);
    return {
      ...this.base(language, topic),
      dataVersion: hash({
        kind: 'GENERAL',
        language,
        models: this.modelVersions(),
        staffOnly: reply !== undefined,
      }),
      llmMessages: buildMessages({
        kind: 'GENERAL',
        language,
        history: input.history,
        context: reply ? { answerKind: 'GENERAL', note: reply } : null,
        userText: input.text,
      }),
      offlineReply,
      answerKind: 'GENERAL',
      auditData: { viewerRole: input.viewerRole, customerId: input.customerId, topic: topic.topic },
    };
  }

  private async faq(
    ctx: RequestContext,
    input: CounselInput,
    language: ChatLanguage,
    topic: TopicResult,
    text: string,
  ): Promise<PreparedTurn> {
    const t: ToolContext = { ctx, customerId: null, language, services: this.services };
    const target = targetOf(text);
    const figures: ImportFigures | null = await getImportFigures(t, target);
    const metric = faqMetricOf(text);
    const offlineReply = composeFaqReply(figures, metric, language);
    const citations: Citation[] = figures
      ? [
          {
            source: `import:${figures.importId}`,
            label: `${figures.fileName ?? figures.target} (${figures.finishedAt?.slice(0, 10) ?? '—'})`,
          },
        ]
      : [];
    return {
      ...this.base(language, topic),
      toolsUsed: [TOOL.IMPORT_SUMMARY],
      citations,
      tools: STAFF_TOOLS,
      dataVersion: hash({
        kind: 'FAQ',
        importId: figures?.importId ?? null,
        at: figures?.finishedAt ?? null,
        target,
      }),
      llmMessages: buildMessages({
        kind: 'FAQ',
        language,
        history: input.history,
        context: {
          answerKind: 'FAQ',
          askedFigure: metric,
          availableTargets: IMPORT_TARGET_NAMES,
          latestImport: figures,
          referenceAnswer: offlineReply,
        },
        userText: input.text,
      }),
      offlineReply,
      answerKind: 'FAQ',
      auditData: {
        viewerRole: input.viewerRole,
        importId: figures?.importId ?? null,
        target: figures?.target ?? target ?? null,
        figure: metric,
      },
    };
  }

  private async fetch<T>(ctx: RequestContext, tool: string, used: Set<string>, work: () => Promise<T>) {
    try {
      const result = await work();
      used.add(tool);
      return result;
    } catch (error) {
      this.options.onFetchError?.(ctx, tool, error);
      return undefined;
    }
  }

  private async finance(
    ctx: RequestContext,
    input: CounselInput,
    language: ChatLanguage,
    topic: TopicResult,
    text: string,
    customerId: string,
  ): Promise<PreparedTurn> {
    const t: ToolContext = { ctx, customerId, language, services: this.services };
    const intent = topic.intent?.label ?? null;
    const emotion: EmotionResult = analyseEmotionText(text);
    const used = new Set<string>();
    const forecastTurn = isForecastQuestion(text, intent);
    const data: TurnData = { asOf: koreanDate(ctx.now()) };

    const scenarioData = await this.fetch(ctx, TOOL.SCENARIO, used, () => getScenario(t));
    const want = new Set<ToolName>();
    if (forecastTurn) {
      // forecasts only (+ the scenario): the two-stage answer
    } else if (intent === 'LOANS' || intent === 'PRODUCT_QUESTION') want.add(TOOL.LOANS).add(TOOL.INSIGHTS);
    else if (intent === 'REPAYMENT_TROUBLE') want.add(TOOL.LOANS).add(TOOL.SCHEDULE);
    else if (intent === 'REFINANCE') want.add(TOOL.LOANS).add(TOOL.INSIGHTS);
    else if (intent === 'LOAN_LIMIT') want.add(TOOL.LOANS).add(TOOL.SIMULATE);
    else if (intent === 'SPENDING' || intent === 'CARD') want.add(TOOL.SPENDING).add(TOOL.TRANSACTIONS);
    else if (intent === 'SAVING') want.add(TOOL.SPENDING).add(TOOL.INSIGHTS);
    else want.add(TOOL.LOANS).add(TOOL.SPENDING);

    if (want.has(TOOL.LOANS)) data.loans = await this.fetch(ctx, TOOL.LOANS, used, () => getLoans(t));
    if (want.has(TOOL.SCHEDULE) && data.loans) {
      const target =
        data.loans.loans.find((l) => l.delinquency.daysPastDue > 0) ??
        data.loans.loans.find((l) => l.status === 'ACTIVE');
      if (target) {
        const loans = await this.services.loans.forCustomer(ctx, customerId);
        const loan = loans.find((l) => l.loanNumber === target.loanNumber);
        if (loan) data.schedule = await this.fetch(ctx, TOOL.SCHEDULE, used, () => getSchedule(t, loan, 3));
      }
    }
    if (want.has(TOOL.SIMULATE))
      data.simulation = await this.fetch(ctx, TOOL.SIMULATE, used, () => simulateLimit(t, {}));
    if (want.has(TOOL.SPENDING))
      data.spending = await this.fetch(ctx, TOOL.SPENDING, used, () => getSpending(t, 2));
    if (want.has(TOOL.TRANSACTIONS))
      data.transactions = await this.fetch(ctx, TOOL.TRANSACTIONS, used, () => getTransactions(t, 5));
    if (want.has(TOOL.INSIGHTS))
      data.insights = await this.fetch(ctx, TOOL.INSIGHTS, used, () => getInsights(t));

    if (forecastTurn) {
      const forecasts: ForecastData[] = [];
      const horizon = horizonOf(text);
      if (RATE_WORDS.test(text) && !SPEND_WORDS.test(text)) {
        for (const series of RATE_SERIES) {
          const f = await this.fetch(ctx, TOOL.INDICATOR_FORECAST, new Set(), () =>
            getIndicatorForecast(t, series, horizon ?? 6),
          );
          if (f) {
            used.add(TOOL.INDICATOR_FORECAST);
            forecasts.push(f);
            break;
          }
        }
      } else {
        const metrics: ('SPENDING' | 'DEBT')[] =
          DEBT_WORDS.test(text) && !SPEND_WORDS.test(text)
            ? ['DEBT']
            : SPEND_WORDS.test(text) && !DEBT_WORDS.test(text)
              ? ['SPENDING']
              : ['SPENDING', 'DEBT'];
        for (const metric of metrics) {
          const f = await this.fetch(ctx, TOOL.CUSTOMER_FORECAST, used, () =>
            getCustomerForecast(t, metric, horizon ?? 3),
          );
          if (f) forecasts.push(f);
        }
      }
      data.forecasts = forecasts;
    }

    const primary = scenarioData?.label ? scenarioData : null;
    const scenario: TurnScenario | null = primary
      ? {
          label: primary.label as TurnScenario['label'],
          probability: primary.probability ?? 0,
          calibrated: primary.calibrated,
          keyMetrics: primary.keyMetrics.map((m) => ({ ...m, direction: m.direction as 'ABOVE' | 'BELOW' })),
          thresholdVersion: primary.thresholdVersion,
        }
      : null;
    const replyInput = { language, emotion, scenario, intent, data };
    const answerKind = forecastTurn ? 'FORECAST' : 'COUNSEL';
    const offlineReply = forecastTurn ? composeForecastReply(replyInput) : composeCounselReply(replyInput);

    const citations: Citation[] = [];
    if (scenarioData)
      citations.push({
        source: `scenario:${scenarioData.thresholdVersion}`,
        label: scenarioData.label ?? 'scenario',
      });
    if (data.loans)
      citations.push({ source: 'loans', label: `${data.loans.count} loans as of ${data.loans.asOf}` });
    if (data.schedule)
      citations.push({ source: `schedule:${data.schedule.loanNumber}`, label: data.schedule.loanNumber });
    if (data.simulation?.evaluationDate)
      citations.push({
        source: 'simulation:loan-limit',
        label: `DSR simulation ${data.simulation.evaluationDate}`,
      });
    for (const q of data.spending?.quarters.slice(0, 1) ?? [])
      citations.push({ source: `spending:${q.quarter}`, label: `card spending ${q.quarter}` });
    if (data.insights) citations.push({ source: `insights:${data.insights.quarter}`, label: 'health score' });
    for (const f of data.forecasts ?? [])
      citations.push({
        source: `forecast:${f.kind === 'CUSTOMER' ? `customer.${f.series}` : f.series}@${f.version ?? f.lastObservedPeriod}:${f.method}`,
        label: f.label,
      });

    const stamp = await this.repository.customerDataStamp(ctx, customerId);
    const dataVersion = hash({
      kind: answerKind,
      day: data.asOf,
      stamp,
      thresholds: scenarioData?.thresholdVersion ?? null,
      models: this.modelVersions(),
      series: (data.forecasts ?? []).map((f) => `${f.series}@${f.version ?? f.lastObservedPeriod}`),
      language,
    });

    const toolsUsed = [...used];
    return {
      language,
      topic,
      emotion,
      scenario,
      toolsUsed,
      citations,
      tools: CUSTOMER_TOOLS,
      dataVersion,
      llmMessages: buildMessages({
        kind: answerKind,
        language,
        history: input.history,
        context: {
          answerKind,
          language,
          intent,
          emotion: { label: emotion.label, intensity: Number(emotion.intensity.toFixed(3)) },
          scenario: scenarioData ?? null,
          data,
          referenceAnswer: offlineReply,
        },
        userText: input.text,
      }),
      offlineReply,
      answerKind,
      auditData: {
        viewerRole: input.viewerRole,
        customerId,
        intent,
        emotion: emotion.label,
        scenario: scenario
          ? {
              label: scenario.label,
              probability: scenario.probability,
              thresholdVersion: scenario.thresholdVersion,
            }
          : null,
        tools: toolsUsed,
        figures: {
          loans: data.loans?.count ?? null,
          totalOutstanding: data.loans?.totalOutstanding.amount ?? null,
          totalOverdue: data.loans?.delinquency.totalOverdue.amount ?? null,
          maxDaysPastDue: data.loans?.delinquency.maxDaysPastDue ?? null,
          maxLoan: data.simulation?.maxLoan?.amount ?? null,
          latestQuarter: data.spending?.quarters[0]?.quarter ?? null,
          latestQuarterTotal: data.spending?.quarters[0]?.total.amount ?? null,
          healthScore: data.insights?.healthScore ?? null,
          forecasts: (data.forecasts ?? []).map((f) => ({
            series: f.series,
            method: f.method,
            horizon: f.horizon,
          })),
        },
        dataVersion,
      },
    };
  }

  async runTool(
    ctx: RequestContext,
    turn: PreparedTurn,
    customerId: string | null,
    call: ToolCall,
  ): Promise<ToolResult> {
    const refuse = (code: string, reason: string): ToolResult => ({
      allowed: false,
      content: JSON.stringify({ error: code, reason, tool: call.name.slice(0, 64) }),
    });
    const def = turn.tools.find((d) => d.name === call.name);
    if (!def || !(call.name in TOOL_DEFINITIONS))
      return refuse('NOT_ALLOWED', 'this tool is not available for this turn');
    let parsed: unknown;
    try {
      parsed = call.arguments.trim() === '' ? {} : JSON.parse(call.arguments);
    } catch {
      return refuse('BAD_ARGUMENTS', 'arguments are not valid JSON');
    }
    const t: ToolContext = { ctx, customerId, language: turn.language, services: this.services };
    try {
      const args = validateArgs(def, parsed);
      const result = await executeTool(t, call.name as ToolName, args);
      const content = JSON.stringify(result);
      const outputs = this.toolOutputs.get(turn) ?? [];
      outputs.push(content);
      this.toolOutputs.set(turn, outputs);
      return { allowed: true, content };
    } catch (error) {
      if (error instanceof ToolRefusal) return refuse(error.code, error.message);
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      if (code === 'BAD_USER_INPUT' || code === 'NOT_FOUND' || code === 'FORBIDDEN')
        return refuse(code, (error as Error).message);
      this.options.onFetchError?.(ctx, call.name, error);
      return {
        allowed: true,
        content: JSON.stringify({ error: 'UNAVAILABLE', reason: 'the data is unavailable right now' }),
      };
    }
  }

  review(turn: PreparedTurn, answer: string): { flags: string[]; appendix: string | null } {
    const grounded = [contextOf(turn), turn.offlineReply, ...(this.toolOutputs.get(turn) ?? [])].join('\n');
    const { flags, appendix } = reviewAnswer(answer, grounded, turn.language);
    return { flags, appendix };
  }
}
