/**
 * One redrawn progress line on stderr for `jixiao summary`: `[#####...............] 312/1000 个文件 · 0:12`.
 * Redrawn with a carriage return and padded with spaces (no terminal escape codes, so a log that
 * captures it with --progress holds plain text), at most every `intervalMs`, and once a second
 * while a slow file is read so the clock keeps moving. A disabled Progress writes nothing.
 */
import type { Io } from './io';
import { displayWidth } from './width';
import { Lang, t } from './text';

const BAR_WIDTH = 20;

/** Elapsed time as m:ss, or h:mm:ss from an hour on. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

export function progressLine(done: number, total: number, elapsedMs: number, lang: Lang): string {
  const filled = total > 0 ? Math.floor((done / total) * BAR_WIDTH) : BAR_WIDTH;
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${t(lang, 'progressFiles', { done, total })} · ${clock(elapsedMs)}`;
}

export interface ProgressOptions {
  enabled: boolean;
  total: number;
  lang: Lang;
  /** Minimum time between two redraws (default 100 ms: at most ten a second). */
  intervalMs?: number;
  now?: () => number;
}

export class Progress {
  private readonly started: number;
  private readonly now: () => number;
  private readonly intervalMs: number;
  private done = 0;
  private lastDraw = -Infinity;
  /** Display width of what is on the line now (0: nothing drawn). */
  private shown = 0;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly io: Io, private readonly o: ProgressOptions) {
    this.now = o.now ?? Date.now;
    this.intervalMs = o.intervalMs ?? 100;
    this.started = this.now();
    if (!o.enabled) return;
    this.draw();
    this.timer = setInterval(() => this.draw(), 1000);
    this.timer.unref?.();
  }

  get elapsedMs(): number {
    return this.now() - this.started;
  }

  /** `done` files of the total are finished. */
  update(done: number): void {
    this.done = done;
    if (this.o.enabled && (this.now() - this.lastDraw >= this.intervalMs || done === this.o.total)) this.draw();
  }

  /** A message on stderr (a file that cannot be read): the line is cleared, the message printed, the bar redrawn. */
  note(text: string): void {
    if (!this.o.enabled) {
      this.io.err(text);
      return;
    }
    this.clear();
    this.io.err(text);
    this.draw();
  }

  /** Replaces the bar with `line` (a disabled Progress prints nothing) and stops the clock. */
  finish(line: string | null): void {
    this.stop();
    if (!this.o.enabled) return;
    if (line === null) this.clear();
    else this.io.err(`\r${line}${' '.repeat(Math.max(0, this.shown - displayWidth(line)))}\n`);
    this.shown = 0;
  }

  /** Stops the clock's timer (idempotent); finish() calls it. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private clear(): void {
    if (this.shown > 0) this.io.err(`\r${' '.repeat(this.shown)}\r`);
    this.shown = 0;
  }

  private draw(): void {
    const line = progressLine(this.done, this.o.total, this.elapsedMs, this.o.lang);
    const w = displayWidth(line);
    this.io.err(`\r${line}${' '.repeat(Math.max(0, this.shown - w))}`);
    this.shown = Math.max(w, this.shown);
    this.lastDraw = this.now();
  }
}
