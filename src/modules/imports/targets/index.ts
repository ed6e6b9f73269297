import { customersTarget } from './customers.target';
import type { ImportTarget } from './import-target';
import { salesTarget } from './sales.target';
import { customerQuartersTarget, transactionsTarget } from './spending.targets';

export type {
  ImportTarget,
  TargetField,
  QualityCheck,
  ReferenceCheck,
  SummarySql,
  TargetDefaults,
} from './import-target';

/**
 * The import targets by GraphQL name. A new target implements ImportTarget (fields + presets + reference checks +
 * merge/summary SQL), is added here and to the ImportTargetName enum; see docs/architecture.md "Imports".
 */
export const IMPORT_TARGETS: ReadonlyMap<string, ImportTarget> = new Map(
  [customersTarget, salesTarget, transactionsTarget, customerQuartersTarget].map((t) => [t.name, t]),
);

export function importTarget(name: string): ImportTarget | undefined {
  return IMPORT_TARGETS.get(name);
}
