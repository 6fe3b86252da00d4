import { describe, expect, it } from 'vitest';
import { createCooldown } from '../../src/transports/shared/cooldown';

describe('cooldown', () => {
  it('returns the remaining wait, counted from the first use', () => {
    let now = 1_000;
    const cooldown = createCooldown({ durationMs: 3000, now: () => now });
    expect(cooldown.takeNow('a')).toBe(0);
    now += 1000;
    expect(cooldown.takeNow('a')).toBe(2000);
    now += 1500;
    // A refused attempt does not restart the clock.
    expect(cooldown.takeNow('a')).toBe(500);
    now += 500;
    expect(cooldown.takeNow('a')).toBe(0);
  });

  it('forgets expired users once the map grows, so memory stays bounded', () => {
    let now = 0;
    const cooldown = createCooldown({ durationMs: 100, now: () => now, sweepAbove: 10 });
    for (let user = 0; user < 10; user += 1) cooldown.takeNow(`old-${user}`);
    now += 100;
    cooldown.takeNow('new-1');
    expect(cooldown.size).toBe(1);
  });
});
