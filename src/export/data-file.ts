// An append-only file whose length is the checkpoint's `bytes`: reopened for a resume, it is cut back
// to that length first, dropping whatever a killed run wrote after its last checkpoint.
import { open, stat, type FileHandle } from "node:fs/promises";

export class DataFile {
  private constructor(
    readonly file: string,
    private handle: FileHandle,
    public bytes: number,
  ) {}

  /** Opens `file` empty, or at `resumeAt` bytes (which it must have at least). */
  static async open(file: string, resumeAt?: number): Promise<DataFile> {
    if (resumeAt === undefined) return new DataFile(file, await open(file, "w"), 0);
    const size = await stat(file).then(
      (s) => s.size,
      () => -1,
    );
    if (size < resumeAt) {
      throw new Error(
        `${file} has ${size < 0 ? "gone" : `${size} bytes`}, fewer than the checkpoint's ${resumeAt}: it was changed since, so the export cannot resume. Start it again without resuming.`,
      );
    }
    const handle = await open(file, "r+");
    await handle.truncate(resumeAt);
    return new DataFile(file, handle, resumeAt);
  }

  async write(text: string): Promise<void> {
    if (!text) return;
    const buffer = Buffer.from(text, "utf8");
    let offset = 0;
    while (offset < buffer.length) {
      const { bytesWritten } = await this.handle.write(
        buffer,
        offset,
        buffer.length - offset,
        this.bytes,
      );
      offset += bytesWritten;
      this.bytes += bytesWritten;
    }
  }

  /** On disk before the checkpoint says so. */
  async sync(): Promise<void> {
    await this.handle.datasync();
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
