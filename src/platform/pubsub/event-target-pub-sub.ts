import { createPubSub, Repeater } from '@graphql-yoga/subscription';
import { PubSub } from './pubsub';

// createPubSub's typings want a static topic map; ours are runtime strings, with or without an id.
interface YogaPubSub {
  publish(routingKey: string, ...args: unknown[]): void;
  subscribe(routingKey: string, id?: unknown): Repeater<unknown>;
}

// Both implementations are graphql-yoga's createPubSub over an EventTarget; they differ only in the target.
export abstract class EventTargetPubSub implements PubSub {
  private readonly yoga: YogaPubSub;
  private readonly closed = new AbortController();

  protected constructor(eventTarget: EventTarget) {
    this.yoga = createPubSub({ eventTarget }) as YogaPubSub;
  }

  publish(routingKey: string, ...args: unknown[]): void {
    this.yoga.publish(routingKey, ...args);
  }

  subscribe(routingKey: string, dynamicId?: unknown): AsyncIterable<unknown> {
    const events = this.yoga.subscribe(routingKey, dynamicId);
    const closed = this.closed.signal;
    // An outer repeater so close() can end live subscriptions. Its stop (consumer return() or close) returns the
    // inner one, which removes the event listener and settles a pending next() at once.
    return new Repeater<unknown>(async (push, stop) => {
      if (closed.aborted) return stop();
      const onClose = () => stop();
      closed.addEventListener('abort', onClose);
      void stop.then(() => {
        closed.removeEventListener('abort', onClose);
        return events.return();
      });
      for (let it = await events.next(); !it.done; it = await events.next()) await push(it.value);
      stop();
    });
  }

  async close(): Promise<void> {
    if (this.closed.signal.aborted) return;
    this.closed.abort();
    await this.release();
  }

  /** Frees whatever the event target holds (connections); called once by close(). */
  protected abstract release(): Promise<void>;
}
