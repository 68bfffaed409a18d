// The limiter's one rule, modelled on the throttles PostHog uses (Django REST framework's
// SimpleRateThrottle): the server keeps, per scope and key, the times of the requests it let through;
// it forgets those a whole window old and refuses a request while `requests` remain. So the client
// keeps the same log, with two changes that make it err on the safe side only:
//
// - A slot is held from the moment the request is sent until its answer arrives, and its window
//   starts at the answer: the server logged the request somewhere between the two, so the client's
//   window always ends after the server's. Latency needs no margin then: slow answers slow the
//   client down and never let it through early.
// - The window is a little longer than the server's (`windowMs`): 0.5% of it, at least 5 ms and at
//   most 1 s (300 ms on a minute, 1 s on an hour). That covers timestamp rounding, clock rates, and
//   PostHog's web servers' clocks differing a little from each other.
//
// The same rule is written twice: in TypeScript for the in-process store, and in Lua for Redis,
// where it runs atomically on the server, on the Redis server's clock. A test runs both side by side.

/** The client's window for a server window of `perSeconds`: the server's plus the safety margin. */
export function windowMs(perSeconds: number): number {
  const ms = perSeconds * 1000;
  return ms + Math.min(1000, Math.max(5, ms * 0.005));
}

/** One budget's log, in milliseconds of one monotonic clock. */
export class SlidingWindow {
  /** Answer times, oldest first, from `head` on. */
  private done: number[] = [];
  private head = 0;
  /** Send times of slots not answered yet, oldest first, from `pendingHead` on. */
  private pending: number[] = [];
  private pendingHead = 0;
  private pausedUntil = 0;

  /** Milliseconds until a slot is free at `now`; 0 when one is. */
  wait(now: number, requests: number, windowMs: number, holdMs: number): number {
    if (this.pausedUntil > now) return this.pausedUntil - now;
    // A slot never settled counts as answered when its hold ends (noticed now, so it starts now).
    while (
      this.pendingHead < this.pending.length &&
      this.pending[this.pendingHead]! + holdMs <= now
    ) {
      this.pendingHead++;
      this.done.push(now);
    }
    while (this.head < this.done.length && this.done[this.head]! <= now - windowMs) this.head++;
    this.compact();
    const answered = this.done.length - this.head;
    const count = answered + this.pending.length - this.pendingHead;
    if (count < requests) return 0;
    // The slots free up in the order their windows end: answered ones first, oldest first. An
    // unanswered one frees a whole window after its answer, so no sooner than a window from now.
    const k = count - requests + 1;
    return k <= answered ? this.done[this.head + k - 1]! + windowMs - now : windowMs;
  }

  take(now: number): void {
    this.pending.push(now);
  }

  settle(now: number): void {
    // Which slot is settled does not matter: every answer time is at least its request's server
    // time, so taking them in any order keeps the client's windows ending after the server's.
    if (this.pendingHead < this.pending.length) {
      this.pendingHead++;
      this.done.push(now);
    }
  }

  pause(now: number, ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, now + ms);
  }

  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.done.length) {
      this.done = this.done.slice(this.head);
      this.head = 0;
    }
    if (this.pendingHead > 1024 && this.pendingHead * 2 > this.pending.length) {
      this.pending = this.pending.slice(this.pendingHead);
      this.pendingHead = 0;
    }
  }
}

/**
 * The same rule in Lua, for Redis. KEYS: three per budget (its answered list, its pending list, its
 * pause flag). ARGV: the operation ("take", "settle" or "pause"), holdMs (take) or ms (pause), then
 * each budget's requests and windowMs. Times are the Redis server's, in whole milliseconds, so one
 * clock serves the whole fleet. Returns 0 or the milliseconds to wait (take), else 0.
 */
export const SLIDING_WINDOW_LUA = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local op = ARGV[1]
local arg = tonumber(ARGV[2])
local budgets = #KEYS / 3
if op == 'pause' then
  for b = 0, budgets - 1 do
    local flag = KEYS[b * 3 + 3]
    if redis.call('PTTL', flag) < arg then redis.call('SET', flag, '1', 'PX', arg) end
  end
  return 0
end
if op == 'settle' then
  for b = 0, budgets - 1 do
    local done, pending = KEYS[b * 3 + 1], KEYS[b * 3 + 2]
    if redis.call('LPOP', pending) then
      redis.call('RPUSH', done, now)
      redis.call('PEXPIRE', done, tonumber(ARGV[b * 2 + 4]) + 1000)
    end
  end
  return 0
end
local wait = 0
for b = 0, budgets - 1 do
  local done, pending, flag = KEYS[b * 3 + 1], KEYS[b * 3 + 2], KEYS[b * 3 + 3]
  local requests, window = tonumber(ARGV[b * 2 + 3]), tonumber(ARGV[b * 2 + 4])
  local paused = redis.call('PTTL', flag)
  if paused > 0 then
    wait = math.max(wait, paused)
  else
    while true do
      local sent = redis.call('LINDEX', pending, 0)
      if not sent or tonumber(sent) + arg > now then break end
      redis.call('LPOP', pending)
      redis.call('RPUSH', done, now)
    end
    while true do
      local answered = redis.call('LINDEX', done, 0)
      if not answered or tonumber(answered) > now - window then break end
      redis.call('LPOP', done)
    end
    local answered = redis.call('LLEN', done)
    local count = answered + redis.call('LLEN', pending)
    if count >= requests then
      local k = count - requests + 1
      local free = window
      if k <= answered then free = tonumber(redis.call('LINDEX', done, k - 1)) + window - now end
      wait = math.max(wait, free)
    end
  end
end
if wait > 0 then return wait end
for b = 0, budgets - 1 do
  local done, pending = KEYS[b * 3 + 1], KEYS[b * 3 + 2]
  local window = tonumber(ARGV[b * 2 + 4])
  redis.call('RPUSH', pending, now)
  redis.call('PEXPIRE', pending, window + arg + 1000)
  redis.call('PEXPIRE', done, window + arg + 1000)
end
return 0
`;
