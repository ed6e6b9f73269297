// What other modules' seed parts may use (re-exported by the spending module's index).
export { spendingSeedPart } from './spending-seed-part';
export type { SeededCard, SpendingProfile } from './spending-generator';
export {
  generateCards,
  lifeStageOf,
  profileOf,
  quarterTransactions,
  seedQuarters,
} from './spending-generator';
