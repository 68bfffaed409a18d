// exportList as the package exports it: the export code (spooling, checkpoints, CSV writing) loads
// on its first call, so it stays out of what an import loads.
import type { ExportClient, ExportOptions, ExportResult } from "./export.js";

export async function exportList(
  client: ExportClient,
  path: string,
  options: ExportOptions,
): Promise<ExportResult> {
  return (await import("./export.js")).exportList(client, path, options);
}
