// Pub/sub for GraphQL subscriptions. Shape matches type-graphql 2's PubSub ({ publish, subscribe }), so an instance
// can be passed as buildSchema's `pubSub`: publish(topic, payload) or publish(topic, id, payload) for a dynamic
// topic id, and subscribe(topic, id?) — the same routing as createPubSub from @graphql-yoga/subscription.
// At-most-once fan-out: never used for chat tokens (see streams/). Payloads cross as JSON (dates become ISO strings).
export interface PubSub {
  publish(routingKey: string, ...args: unknown[]): void;
  subscribe(routingKey: string, dynamicId?: unknown): AsyncIterable<unknown>;
  /** Ends live subscriptions and releases connections. */
  close(): Promise<void>;
}
