import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { listenForShutdown } from '../../src/transports/lifecycle/shutdown-signals';

describe('shutdown signals', () => {
  it('resolves with the first SIGTERM or SIGINT', async () => {
    const emitter = new EventEmitter();
    const signals = listenForShutdown({ emitter, onRepeat: () => {} });
    emitter.emit('SIGTERM');
    await expect(signals.received).resolves.toBe('SIGTERM');
    signals.dispose();
  });

  it('forces the exit only when the same signal comes again (Ctrl+C twice)', async () => {
    const emitter = new EventEmitter();
    const onRepeat = vi.fn();
    const signals = listenForShutdown({ emitter, onRepeat });
    emitter.emit('SIGINT');
    emitter.emit('SIGTERM');
    expect(onRepeat).not.toHaveBeenCalled();
    emitter.emit('SIGINT');
    expect(onRepeat).toHaveBeenCalledWith('SIGINT');
    signals.dispose();
  });

  it('keeps its listeners until disposed, then removes them', () => {
    const emitter = new EventEmitter();
    const signals = listenForShutdown({ emitter, onRepeat: () => {} });
    expect(emitter.listenerCount('SIGINT')).toBe(1);
    expect(emitter.listenerCount('SIGTERM')).toBe(1);
    signals.dispose();
    expect(emitter.listenerCount('SIGINT')).toBe(0);
    expect(emitter.listenerCount('SIGTERM')).toBe(0);
  });
});
