/**
 * Turns CRLF and lone CR outside quoted fields into LF. Papaparse reads a file with one line-end
 * sequence; a file whose lines end in different ways (rows appended on another system) must still
 * read line by line. Quoted fields keep their line breaks as they are. Fed chunk by chunk: the
 * quote state crosses chunks, and a CR at the end of a chunk waits for the next one (it may be the
 * first half of a CRLF).
 *
 * A quote opens a field only at its start (after a delimiter, a line end or the start of the file),
 * as in papaparse; "" inside a quoted field is a quote.
 */
export class LineEnds {
  private quoted = false;
  /** The last character read ('' before any). */
  private prev = '';
  /** The last character read was the quote that closed a quoted field (so a quote right after it is "" escaped). */
  private justClosed = false;
  private heldCR = false;
  /** Where, in the text the last feed returned, the first line end outside quotes is (-1: none). */
  firstBreak = -1;

  constructor(private readonly delimiter: string) {}

  feed(chunk: string): string {
    const text = this.heldCR ? `\r${chunk}` : chunk;
    this.heldCR = false;
    const out: string[] = [];
    let length = 0;
    let from = 0;
    this.firstBreak = -1;
    for (;;) {
      const q = text.indexOf('"', from);
      const end = q < 0 ? text.length : q;
      if (end > from) {
        let segment = text.slice(from, end);
        if (!this.quoted && segment.includes('\r')) {
          if (q < 0 && segment.endsWith('\r')) {
            segment = segment.slice(0, -1);
            this.heldCR = true;
          }
          segment = segment.replace(/\r\n?/g, '\n');
        }
        if (!this.quoted && this.firstBreak < 0) {
          const at = segment.indexOf('\n');
          if (at >= 0) this.firstBreak = length + at;
        }
        out.push(segment);
        length += segment.length;
        this.prev = text[end - 1]!;
        this.justClosed = false;
      }
      if (q < 0) break;
      if (this.quoted) {
        this.quoted = false;
        this.justClosed = true;
      } else {
        const atFieldStart = this.prev === '' || this.prev === this.delimiter || this.prev === '\n' || this.prev === '\r';
        this.quoted = atFieldStart || this.justClosed;
        this.justClosed = false;
      }
      this.prev = '"';
      out.push('"');
      length += 1;
      from = q + 1;
    }
    return out.join('');
  }

  /** What is held back at the end of the text. */
  flush(): string {
    const rest = this.heldCR ? '\n' : '';
    this.heldCR = false;
    return rest;
  }

  /** The text read so far ends inside a quoted field. */
  get inQuotes(): boolean {
    return this.quoted;
  }
}
