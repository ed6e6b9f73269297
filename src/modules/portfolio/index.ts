// What the composition root may use from the portfolio module (the analysts' dashboard figures).
export { PortfolioRepository } from './portfolio.repository';
export { PortfolioService } from './portfolio.service';
export type { PortfolioOptions } from './portfolio.service';
export { PortfolioResolver } from './portfolio.resolver';
