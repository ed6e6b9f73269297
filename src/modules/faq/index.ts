// What other modules and the composition root may use from the FAQ module (FAQ entries, intent phrases).
export { FaqRepository } from './faq.repository';
export { FaqService } from './faq.service';
export { FaqCatalogue, FAQ_CATALOGUE_CHANGED } from './faq-catalogue';
export { FaqResolver } from './faq.resolver';
export { matchFaqEntry, matchIntentPhrase, normaliseText, variantMatches } from './faq-match';
export { FAQ_PLACEHOLDERS, parseTemplate, citesImport, type FaqPlaceholder } from './faq-template';
export type { FaqCatalogueSnapshot, FaqEntry, IntentPhrase } from './faq.model';
