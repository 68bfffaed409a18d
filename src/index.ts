export { createPostHogClient } from "./client.js";
export { PostHogError } from "./errors/posthog-error.js";
export { PostHogConfigError } from "./errors/config-error.js";
export { PostHogParameterError } from "./errors/parameter-error.js";
export { PostHogApiError } from "./errors/api-error.js";
export {
  PostHogAuthenticationError,
  PostHogNotFoundError,
  PostHogPermissionError,
  PostHogRateLimitError,
  PostHogServerError,
  PostHogValidationError,
} from "./errors/status-errors.js";
export { PostHogRedirectError, type RedirectStopReason } from "./errors/redirect-error.js";
export { PostHogResponseTooLargeError } from "./errors/response-too-large-error.js";
export { PostHogNetworkError } from "./errors/network-error.js";
export { PostHogTimeoutError } from "./errors/timeout-error.js";
export { PostHogResponseError } from "./errors/response-error.js";
export { PostHogPaginationError, type PaginationStopReason } from "./errors/pagination-error.js";
export type { PostHogClientOptions, ApiKeyProvider, ProjectIdInput } from "./options.js";
export type { RetryOptions } from "./retry.js";
export type { Logger, LogLevel, LogFields } from "./core/log.js";
export type { PaginateOptions, Page, Paginator } from "./pagination/types.js";
export type { CsvRow, CsvRowsOptions } from "./csv-rows.js";
export type { StreamDashboardTilesOptions } from "./dashboard-tiles.js";
export type {
  PostHogClient,
  PathsWithDefaultProject,
  CallResult,
  SuccessResult,
  ErrorResult,
  CallInit,
  CallOptions,
  OperationInit,
  Middleware,
} from "./types.js";
export type { HeadersInput, ParseAs } from "./send.js";
export type * from "../generated/schema.js";
export { PostHogCsvCapError, type CsvCapKind } from "./errors/csv-cap-error.js";
export { exportList } from "./export/export-list.js";
export type { ExportOptions, ExportResult, ExportClient } from "./export/export.js";
export type { ExportProgress } from "./export/progress.js";
export { createWaitFeed, type WaitFeed } from "./export/wait-feed.js";
export type { ExportWarning } from "./export/shifts.js";
export { createRedisRateLimitStore } from "./rate-limit/redis-store-on-first-use.js";
export type { RedisRateLimitStoreOptions, RedisScriptClient } from "./rate-limit/redis-store.js";
export { createMemoryRateLimitStore } from "./rate-limit/memory-store.js";
export { PostHogRateLimitStoreError } from "./rate-limit/store-error.js";
export type { RateLimit, RateLimitOptions } from "./rate-limit/options.js";
export type { RateLimitBudget, RateLimitStore } from "./rate-limit/store.js";
