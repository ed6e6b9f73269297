import { Logger } from '../observability/logger';
import { RedisClient } from '../redis/redis-client';
import { EventTargetPubSub } from './event-target-pub-sub';

interface Channel {
  listeners: Set<EventListenerOrEventListenerObject>;
  onMessage: (message: string) => void;
}

// The EventTarget createPubSub needs, over node-redis (graphql-yoga's ready-made one needs ioredis).
// dispatchEvent publishes to Redis only; every replica, this one included, delivers from its SUBSCRIBE.
// One Redis subscription per topic however many local listeners it has.
class RedisEventTarget implements EventTarget {
  private readonly channels = new Map<string, Channel>();

  constructor(
    private readonly publisher: RedisClient,
    private readonly subscriber: RedisClient,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {}

  addEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
    if (!listener) return;
    let channel = this.channels.get(type);
    if (!channel) {
      const created: Channel = {
        listeners: new Set(),
        onMessage: (message) => this.deliver(type, created, message),
      };
      this.channels.set(type, created);
      this.track(this.subscriber.subscribe(this.prefix + type, created.onMessage), 'subscribe', type);
      channel = created;
    }
    channel.listeners.add(listener);
  }

  removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
    const channel = this.channels.get(type);
    if (!channel || !listener) return;
    channel.listeners.delete(listener);
    if (channel.listeners.size > 0) return;
    this.channels.delete(type);
    this.track(this.subscriber.unsubscribe(this.prefix + type, channel.onMessage), 'unsubscribe', type);
  }

  dispatchEvent(event: Event): boolean {
    const payload = JSON.stringify((event as CustomEvent).detail ?? null);
    this.track(this.publisher.publish(this.prefix + event.type, payload), 'publish', event.type);
    return true;
  }

  private deliver(type: string, channel: Channel, message: string): void {
    let detail: unknown;
    try {
      detail = JSON.parse(message);
    } catch (err) {
      // Someone else published non-JSON on our channel: drop it rather than throw inside node-redis.
      this.logger.warn({ err, topic: type }, 'redis pubsub message is not JSON');
      return;
    }
    const event = new CustomEvent(type, { detail });
    for (const listener of channel.listeners) {
      if (typeof listener === 'function') listener(event);
      else listener.handleEvent(event);
    }
  }

  // publish() is fire-and-forget (type-graphql's contract), so failures are logged rather than thrown.
  private track(command: Promise<unknown>, op: string, topic: string): void {
    command.catch((err: unknown) => this.logger.warn({ err, op, topic }, 'redis pubsub command failed'));
  }
}

/**
 * Pub/sub across replicas via Redis PUBLISH/SUBSCRIBE. Takes ownership of both clients; the subscriber must be a
 * dedicated connection (SUBSCRIBE puts it in subscriber mode). Channels are named `<prefix><topic>`.
 */
export class RedisPubSub extends EventTargetPubSub {
  constructor(
    private readonly publisher: RedisClient,
    private readonly subscriber: RedisClient,
    options: { prefix: string; logger: Logger },
  ) {
    super(new RedisEventTarget(publisher, subscriber, options.prefix, options.logger));
  }

  protected async release(): Promise<void> {
    await Promise.all([this.subscriber.close(), this.publisher.close()]);
  }
}
