import { EmbeddedActionsParser, type IToken, tokenMatcher } from "chevrotain";
import { ModelBuilder, tokenEnd } from "./builder.js";
import { structuredErrorMessages } from "./parse-errors.js";
import {
  allTokens,
  Colon,
  Comma,
  Description,
  Fragment,
  Identifier,
  Integer,
  LCurly,
  RCurly,
  Rule,
  Semicolon,
  Step,
  StringLiteral,
  Throughout,
  Use,
} from "./tokens.js";

/**
 * The `.idrs` grammar (see the EBNF in docs/architecture.md) as a chevrotain parser with
 * error recovery. Embedded actions feed a `ModelBuilder`. chevrotain runs every rule body
 * once while it records the grammar, so each action first checks `RECORDING_PHASE`.
 *
 * One instance is built at module load and reused: `parse` resets it for each input. The
 * closures given to `OPTION`, `MANY` and `OR` are fields, so parsing allocates none per rule.
 */
export class IdrsParser extends EmbeddedActionsParser {
  readonly builder = new ModelBuilder();

  constructor() {
    super(allTokens, {
      recoveryEnabled: true,
      maxLookahead: 2,
      errorMessageProvider: structuredErrorMessages,
    });
    this.performSelfAnalysis();
  }

  /** Offset after the last real token consumed; where invented tokens are placed. */
  private lastEnd(): number {
    return tokenEnd(this.LA(0), 0);
  }

  readonly file = this.RULE("file", () => {
    this.MANY(this.declaration);
  });

  private readonly declaration = () => {
    this.OR(this.declarationAlternatives);
  };

  private readonly ruleDeclaration = this.RULE("ruleDeclaration", () => {
    const keyword = this.CONSUME(Rule);
    const name = this.CONSUME(StringLiteral);
    if (!this.RECORDING_PHASE) this.builder.beginRule(keyword, name);
    this.CONSUME(LCurly);
    this.MANY(this.entry);
    const close = this.CONSUME(RCurly);
    if (!this.RECORDING_PHASE) this.builder.endRule(close, this.lastEnd());
  });

  private readonly entry = () => {
    this.OR(this.entryAlternatives);
    this.OPTION(this.semicolon);
  };

  private readonly description = this.RULE("description", () => {
    const keyword = this.CONSUME(Description);
    this.CONSUME(Colon);
    const text = this.CONSUME(StringLiteral);
    if (!this.RECORDING_PHASE) this.builder.description(keyword, text, this.lastEnd());
  });

  private readonly throughout = this.RULE("throughout", () => {
    const keyword = this.CONSUME(Throughout);
    if (!this.RECORDING_PHASE) this.builder.beginThroughout(keyword);
    this.CONSUME(Colon);
    this.SUBRULE(this.itemList);
    if (!this.RECORDING_PHASE) this.builder.endEntry(this.LA(0));
  });

  private readonly step = this.RULE("step", () => {
    const keyword = this.CONSUME(Step);
    const number = this.CONSUME(Integer);
    const title = this.OPTION(this.title);
    if (!this.RECORDING_PHASE) this.builder.beginStep(keyword, number, title, this.lastEnd());
    this.CONSUME(Colon);
    this.SUBRULE(this.itemList);
    if (!this.RECORDING_PHASE) this.builder.endEntry(this.LA(0));
  });

  private readonly fragment = this.RULE("fragment", () => {
    const keyword = this.CONSUME(Fragment);
    const name = this.CONSUME(Identifier);
    const title = this.OPTION(this.title);
    if (!this.RECORDING_PHASE) this.builder.beginFragment(keyword, name, title, this.lastEnd());
    this.CONSUME(Colon);
    this.SUBRULE(this.itemList);
    if (!this.RECORDING_PHASE) this.builder.endEntry(this.LA(0));
    this.OPTION2(this.semicolon);
  });

  private readonly title = () => this.CONSUME(StringLiteral);

  private readonly semicolon = () => {
    this.CONSUME(Semicolon);
  };

  private readonly itemList = this.RULE("itemList", () => {
    this.OPTION(this.firstItem);
  });

  private readonly items = () => {
    this.SUBRULE(this.item);
    this.MANY(this.nextItem);
    this.OPTION2(this.trailingComma);
  };

  private readonly commaItem = () => {
    this.CONSUME(Comma);
    this.SUBRULE2(this.item);
  };

  /**
   * True when the name at `LA(offset)` is followed by a step number or a colon. No item is,
   * so the name is a misspelled keyword that starts the next entry (`stpe 2: a`). The item
   * list ends before it, and the error is reported at that name with a keyword suggestion.
   * Without this check the name would become an action and the error would land on the number.
   */
  private startsEntry(offset: number): boolean {
    if (!tokenMatcher(this.LA(offset), Identifier)) return false;
    const next = this.LA(offset + 1);
    return tokenMatcher(next, Integer) || tokenMatcher(next, Colon);
  }

  private readonly firstItem = { GATE: () => !this.startsEntry(1), DEF: this.items };

  private readonly nextItem = { GATE: () => !this.startsEntry(2), DEF: this.commaItem };

  private readonly trailingComma = () => {
    this.CONSUME2(Comma);
  };

  private readonly item = this.RULE("item", () => {
    this.OR(this.itemAlternatives);
  });

  private readonly declarationAlternatives = [
    { ALT: () => this.SUBRULE(this.ruleDeclaration) },
    { ALT: () => this.SUBRULE(this.fragment) },
  ];

  private readonly entryAlternatives = [
    { ALT: () => this.SUBRULE(this.description) },
    { ALT: () => this.SUBRULE(this.throughout) },
    { ALT: () => this.SUBRULE(this.step) },
  ];

  private readonly itemAlternatives = [
    {
      ALT: () => {
        const name = this.CONSUME(Identifier);
        if (!this.RECORDING_PHASE) this.builder.addIdentifierAction(name);
      },
    },
    {
      ALT: () => {
        const name = this.CONSUME(StringLiteral);
        if (!this.RECORDING_PHASE) this.builder.addAction(name, this.lastEnd());
      },
    },
    {
      ALT: () => {
        const keyword = this.CONSUME(Use);
        const name = this.CONSUME2(Identifier);
        if (!this.RECORDING_PHASE) this.builder.addUse(keyword, name);
      },
    },
  ];

  /** Parses a token vector; the model is in `builder`, the recognition errors in `errors`. */
  parse(tokens: IToken[]): void {
    this.input = tokens;
    this.file();
  }

  /** Drops the last input, its errors and its model, so the shared instance keeps no document alive. */
  release(): void {
    this.input = [];
    this.builder.clear();
  }
}
