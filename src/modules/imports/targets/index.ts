import { customersTarget } from './customers.target';
import type { ImportTarget } from './import-target';
import { salesTarget } from './sales.target';

export type { ImportTarget, TargetField, QualityCheck, SummarySql, TargetDefaults } from './import-target';

/**
 * The import targets by GraphQL name. Extension point: the spending module's card transactions and customer
 * quarters become targets by implementing ImportTarget (fields + presets + staging/merge SQL) and being added
 * here; see docs/architecture.md "Imports".
 */
export const IMPORT_TARGETS: ReadonlyMap<string, ImportTarget> = new Map(
  [customersTarget, salesTarget].map((t) => [t.name, t]),
);

export function importTarget(name: string): ImportTarget | undefined {
  return IMPORT_TARGETS.get(name);
}
