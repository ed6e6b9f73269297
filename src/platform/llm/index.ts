export * from './llm-provider';
export { OpenAiProvider } from './openai-provider';
export type { OpenAiProviderOptions } from './openai-provider';
