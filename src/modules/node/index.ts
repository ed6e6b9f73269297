export { NodeRegistry } from './node.registry';
export type { NodeFetcher } from './node.registry';
export { NodeResolver } from './node.resolver';
