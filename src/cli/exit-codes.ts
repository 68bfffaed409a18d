// The command's exit codes, documented in --help and the README.
export const EXIT = {
  /** Every row was written. */
  ok: 0,
  /** PostHog or the network failed (an API error, a timeout, an unreadable answer). */
  api: 1,
  /** The command was called wrongly: an unknown flag or operation, a bad value, no key. */
  usage: 2,
  /** Every page was read, but rows may be missing: a changed count, tied timestamps, a relative window resumed. */
  incomplete: 3,
  /** Interrupted (Ctrl-C, SIGTERM): the checkpoint is kept; --resume continues. 128 + the signal. */
  sigint: 130,
  sigterm: 143,
} as const;
