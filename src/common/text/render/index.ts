// The language layer of customer text (docs/chat.md, "Rendering"): Korean particles from how the preceding word
// is read, and figures (amounts, dates, rates, periods, counts) formatted one way in Korean and English.
export * from './korean';
export * from './format';
