// The counsellor's rendering layer (docs/chat.md, "Rendering customer text"): every reply — offline templates,
// FAQ, forecast, general chat — is written with these functions. Korean particles follow the value before them
// (`ko` tagged template, `particle`), figures are formatted one way per language, enum codes become phrases, and
// data strings (merchant names) are shown only in a safe, quoted, capped form.
export {
  ko,
  particle,
  withParticle,
  spokenTail,
  readIntegerTail,
  PARTICLE_PAIRS,
  PARTICLE_FALLBACK,
  formatWon,
  formatPercent,
  formatPercentShort,
  formatAnnualRate,
  formatChange,
  formatDate,
  formatMonth,
  formatQuarter,
  formatCount,
  formatList,
  formatOrdinal,
  COUNT_UNITS,
} from '../../../../common/text/render';
export type { Lang, ParticlePair, KoValue, CountUnit } from '../../../../common/text/render';
export * from './phrases';
export {
  merchantLabel,
  merchantForModel,
  quoteData,
  safeDataText,
  maskContacts,
  looksLikeLure,
  MAX_CUSTOMER_DATA_STRING,
} from '../sanitise';
export { renderingErrors, type RenderingError } from './check';
