import { describe, expect, it } from 'vitest';
import { createCooldown, FORGET_PER_USE } from '../../src/transports/shared/cooldown';

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

  it('forgets at most a few expired users per use, oldest first, so no command pays for a sweep of everyone', () => {
    let now = 0;
    const cooldown = createCooldown({ durationMs: 100, now: () => now });
    const crowd = 12_000;
    for (let user = 0; user < crowd; user += 1) cooldown.takeNow(`old-${user}`);
    expect(cooldown.size).toBe(crowd);
    now += 100;
    // Everyone has expired; one command forgets a bounded number of them, not the whole crowd.
    expect(cooldown.takeNow('new-0')).toBe(0);
    expect(cooldown.size).toBeGreaterThanOrEqual(crowd + 1 - FORGET_PER_USE);
    // Each later command forgets its share, so steady use forgets them all.
    const later = Math.ceil(crowd / FORGET_PER_USE);
    for (let user = 1; user <= later; user += 1) cooldown.takeNow(`new-${user}`);
    expect(cooldown.size).toBe(later + 1);
  });

  it('stays as small as the users inside their cooldown under steady traffic, however long it runs', () => {
    let now = 0;
    const durationMs = 100;
    const cooldown = createCooldown({ durationMs, now: () => now });
    let largest = 0;
    // One new user per millisecond for 30 s: at most 100 of them are inside their cooldown at any time.
    for (let user = 0; user < 30_000; user += 1) {
      now = user;
      cooldown.takeNow(`user-${user}`);
      largest = Math.max(largest, cooldown.size);
    }
    expect(largest).toBeLessThanOrEqual(durationMs + FORGET_PER_USE);
  });

  it('keeps the newer use of a user who came back when their older one is forgotten', () => {
    let now = 0;
    const cooldown = createCooldown({ durationMs: 100, now: () => now });
    cooldown.takeNow('a');
    now = 150;
    // The first use has expired: this one is recorded anew, behind it.
    expect(cooldown.takeNow('a')).toBe(0);
    now = 200;
    // Forgetting the expired first use must not forget the second, which still has 50 ms to run.
    cooldown.takeNow('b');
    cooldown.takeNow('c');
    expect(cooldown.takeNow('a')).toBe(50);
  });
});
