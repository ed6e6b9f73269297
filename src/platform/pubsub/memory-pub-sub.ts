import { EventTargetPubSub } from './event-target-pub-sub';

// Clones payloads through JSON so the embedded mode behaves like Redis (dates arrive as ISO strings, no shared
// object references between publisher and subscribers).
class JsonEventTarget extends EventTarget {
  override dispatchEvent(event: Event): boolean {
    const detail: unknown = JSON.parse(JSON.stringify((event as CustomEvent).detail ?? null));
    return super.dispatchEvent(new CustomEvent(event.type, { detail }));
  }
}

/** In-process pub/sub: one replica only. */
export class MemoryPubSub extends EventTargetPubSub {
  constructor() {
    super(new JsonEventTarget());
  }

  protected async release(): Promise<void> {}
}
