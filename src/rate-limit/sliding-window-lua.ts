// The sliding-window rule of ./sliding-window.ts, in Lua for the Redis store (a file of its own so
// the script loads with that store only).

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
