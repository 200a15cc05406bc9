import { describe, expect, it, vi } from 'vitest';
import type { ContentPayload, HostBridge } from '../../app/ipc/contract';
import { PendingContent, receiveContentUpdates } from './pending-content';

const payload = (name: string) =>
  ({ origin: 'folder', problems: [], bundle: { name } }) as unknown as ContentPayload;

describe('PendingContent', () => {
  it('holds the newest update until the show takes it at a loop boundary, once', () => {
    const queue = new PendingContent();
    expect(queue.take()).toBeUndefined();
    queue.offer(payload('v2'));
    queue.offer(payload('v3'));
    expect(queue.waiting).toBe(true);
    expect(queue.take()).toEqual(payload('v3'));
    expect(queue.take()).toBeUndefined();
    expect(queue.waiting).toBe(false);
  });

  it('tells subscribers, as a Svelte store', () => {
    const queue = new PendingContent();
    const seen: unknown[] = [];
    const unsubscribe = queue.subscribe((v) => seen.push(v));
    queue.offer(payload('v2'));
    queue.take();
    unsubscribe();
    queue.offer(payload('v3'));
    expect(seen).toEqual([undefined, payload('v2'), undefined]);
  });

  it('receives the host updates', () => {
    let listener: ((p: ContentPayload) => void) | undefined;
    const unsubscribe = vi.fn();
    const host: Pick<HostBridge, 'onContentUpdate'> = {
      onContentUpdate: (l) => {
        listener = l;
        return unsubscribe;
      },
    };
    const queue = new PendingContent();
    const stop = receiveContentUpdates(host, queue);
    listener!(payload('v2'));
    expect(queue.take()).toEqual(payload('v2'));
    stop();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});
