// What the chat engine and the composition root use from the counselling pipeline.
import type { RequestContext } from '../../../common/context';
import type { Cache } from '../../../platform/cache/cache';
import type { CustomerService } from '../../customers';
import type { ForecastingService } from '../../forecasting';
import type { ImportService } from '../../imports';
import { InsightsService, type InsightModelsService } from '../../insights';
import type { RefinanceOfferService } from '../../refinancing';
import { SimulationService, type LoanService, type RepaymentService } from '../../loans';
import type { ScenariosService } from '../../scenarios';
import type { SpendingService } from '../../spending';
import { CounselRepository } from './counsel.repository';
import type { Counsellor } from './counsellor';
import type { DocumentQualitySource } from './data';
import type { FaqCatalogueSource } from './tools';
import { CounsellingPipeline } from './pipeline';

export type * from './counsellor';
export type { DocumentQualityFigures, DocumentQualitySource } from './data';
export { detectChatLanguage } from './language';
export { formatKrw } from './format';
export { detectInjection } from './injection';
export { sanitiseDataString } from './sanitise';
export { TOOL, TOOL_DEFINITIONS } from './tools';

export interface CounsellorDeps {
  customers: CustomerService;
  loans: LoanService;
  spending: SpendingService;
  scenarios: ScenariosService;
  forecasting: ForecastingService;
  imports: ImportService;
  /** Built from customers, loans and spending when not given. */
  insights?: InsightsService;
  /** Built from customers and loans when not given. */
  simulations?: SimulationService;
  /** Offers for refinance questions; without it the counsellor says it cannot compare offers now. */
  refinanceOffers?: RefinanceOfferService;
  /** Scored transactions for suspected-fraud questions; without it, none are listed. */
  insightModels?: InsightModelsService;
  /** Payoff quotes for "how much to pay it all off today?". */
  repayments?: RepaymentService;
  /** Document-image verdicts for "이미지상태" / "신뢰도" / "is my document OK?". */
  documentQuality?: DocumentQualitySource;
  /** The FAQ entries and intent phrases (ADMIN-managed, cached by version); without it, the seeded defaults only. */
  faqCatalogue?: FaqCatalogueSource;
  /** Unused for now (the services cache what they compute); accepted so the composition root can pass it. */
  cache?: Cache;
  /** Called when a data fetch of a turn fails (the turn goes on without that block). */
  onFetchError?: (ctx: RequestContext, tool: string, error: unknown) => void;
}

/** The counsellor the chat engine calls (prepare / runTool / review). */
export function createCounsellor(deps: CounsellorDeps): Counsellor {
  return new CounsellingPipeline(
    {
      customers: deps.customers,
      loans: deps.loans,
      spending: deps.spending,
      scenarios: deps.scenarios,
      forecasting: deps.forecasting,
      imports: deps.imports,
      insights: deps.insights ?? new InsightsService(deps.customers, deps.loans, deps.spending),
      simulations: deps.simulations ?? new SimulationService(deps.customers, deps.loans),
      refinanceOffers: deps.refinanceOffers ?? null,
      insightModels: deps.insightModels ?? null,
      repayments: deps.repayments ?? null,
      documentQuality: deps.documentQuality ?? null,
      faq: deps.faqCatalogue ?? null,
    },
    new CounselRepository(),
    {
      onFetchError:
        deps.onFetchError ??
        ((ctx, tool, error) =>
          ctx.logger.warn({ tool, err: (error as Error)?.message }, 'counsel data fetch failed')),
    },
  );
}
