// What the composition root may use from the fraud-cases module.
export { FraudRepository } from './fraud.repository';
export { FraudService, type FraudSettings, type Notify, type SupervisedModelSource } from './fraud.service';
export { FraudCaseFieldsResolver, FraudResolver } from './fraud.resolver';
export {
  FraudCaseSource,
  FraudCaseState,
  FraudDecision,
  type FlaggedForCase,
  type FraudCaseRow,
  type LabelledCardTransaction,
} from './fraud.model';
