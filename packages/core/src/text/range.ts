/** A half-open span of UTF-16 code-unit offsets into a document's text. */
export interface TextRange {
  start: number;
  end: number;
}

/** A zero-based line and a zero-based UTF-16 column, as LSP and Monaco count them. */
export interface Position {
  line: number;
  character: number;
}

export interface LineColumnRange {
  start: Position;
  end: Position;
}

/**
 * Maps offsets to line/column positions. Diagnostics keep offsets internally and are
 * converted here, at the edge, so every host (CLI, language server, web editor) agrees.
 */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) {
        starts.push(i + 1);
      } else if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: clamped - (this.lineStarts[low] ?? 0) };
  }

  offsetAt(position: Position): number {
    const lineStart = this.lineStarts[position.line];
    if (lineStart === undefined) return this.text.length;
    const nextLineStart = this.lineStarts[position.line + 1] ?? this.text.length;
    return Math.min(lineStart + position.character, nextLineStart);
  }

  rangeAt(range: TextRange): LineColumnRange {
    return { start: this.positionAt(range.start), end: this.positionAt(range.end) };
  }

  /** Returns the text of a zero-based line without its line break. */
  lineText(line: number): string {
    const start = this.lineStarts[line];
    if (start === undefined) return "";
    const next = this.lineStarts[line + 1] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, "");
  }
}
