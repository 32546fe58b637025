// Not an upstream structure: the typed arrays each decision keeps for explain() (feasible
// node indices, raw and normalized scores), cut from shared ArrayBuffers instead of one
// allocation each (a typed array of more than 64 bytes gets its own off-heap store).

/**
 * Views into 256 KiB ArrayBuffers, handed out in order; a buffer lives while any view
 * into it does (the DecisionLog keeps the last 1,000 decisions). Views start zeroed.
 * Example: int32(420) then int16(2100) take 1,680 + 4,200 bytes of the current buffer.
 */
export class ArraySlab {
  private buf = new ArrayBuffer(0);
  private off = 0;

  constructor(private readonly size = 1 << 18) {}

  int32(n: number): Int32Array {
    const at = this.take(n * 4);
    return new Int32Array(this.buf, at, n);
  }

  int16(n: number): Int16Array {
    const at = this.take(n * 2);
    return new Int16Array(this.buf, at, n);
  }

  private take(bytes: number): number {
    let at = (this.off + 3) & ~3;
    if (at + bytes > this.buf.byteLength) {
      this.buf = new ArrayBuffer(Math.max(this.size, bytes));
      at = 0;
    }
    this.off = at + bytes;
    return at;
  }
}
