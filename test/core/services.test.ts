import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createLanguageServices } from "../../packages/core/src/services/index.js";
import { nodeFileSystem } from "./support/nodeFileSystem.js";

const codes = (diagnostics: Array<{ code: string }>) =>
  diagnostics.map((diagnostic) => diagnostic.code);

describe("document cache and workspace index", () => {
  it("reparses only when the version or text changes", () => {
    const services = createLanguageServices();
    const first = services.setDocument("a.idrs", 'rule "R" { step 1: id_card_recognize }', 1);
    expect(services.setDocument("a.idrs", 'rule "R" { step 1: id_card_recognize }', 1)).toBe(first);
    expect(services.setDocument("a.idrs", 'rule "R" { step 1: id_card_recognize }', 2)).not.toBe(
      first,
    );
    expect(
      services.setDocument("a.idrs", 'rule "S" { step 1: id_card_recognize }', 2).rules[0]?.name,
    ).toBe("S");
  });

  it("updates workspace findings when another document changes", () => {
    const services = createLanguageServices();
    services.setDocument("rules.idrs", 'rule "R" { step 1: use 身份核验 }');
    expect(codes(services.check("rules.idrs"))).toEqual(["undefined-fragment"]);

    services.setDocument("lib.idrs", "fragment 身份核验: id_card_recognize");
    expect(services.check("rules.idrs")).toEqual([]);
    expect(services.check("lib.idrs")).toEqual([]);

    services.setDocument("lib.idrs", "fragment 身份核验2: id_card_recognize", 1);
    expect(codes(services.check("rules.idrs"))).toEqual(["undefined-fragment"]);
    expect(codes(services.check("lib.idrs"))).toEqual(["unused-fragment"]);

    services.removeDocument("lib.idrs");
    expect(services.getDocument("lib.idrs")).toBeUndefined();
    expect(services.documents().map((document) => document.uri)).toEqual(["rules.idrs"]);
  });

  it("finds duplicate rule names across .idrs and .rule.json", () => {
    const services = createLanguageServices();
    services.setDocument("a.idrs", 'rule "终身寿险" { step 1: id_card_recognize }');
    services.setDocument(
      "b.rule.json",
      '{"name": "终身寿险", "content": [{"sequence": 1, "actions": [{"name": "sign_recognize"}]}]}',
    );
    const [inJson] = services.check("b.rule.json");
    expect(inJson?.code).toBe("duplicate-rule-name");
    expect(inJson?.related.map((related) => related.uri)).toEqual(["a.idrs"]);
  });

  it("returns nothing for an unknown document", () => {
    expect(createLanguageServices().check("missing.idrs")).toEqual([]);
  });
});

describe("severity configuration", () => {
  const text = 'rule "R" {\n  step 2: face_recognize\n}\n';

  it("applies rules and path overrides relative to the root", () => {
    const services = createLanguageServices({
      rootUri: "/repo",
      config: {
        rules: { "step-gap": "error", "sdk-only-action": "off" },
        overrides: [{ files: ["legacy/**"], rules: { "step-gap": "off" } }],
      },
    });
    services.setDocument("/repo/rules/a.idrs", text);
    services.setDocument("/repo/legacy/b.idrs", text.replace('"R"', '"S"'));

    expect(
      services
        .check("/repo/rules/a.idrs")
        .map((diagnostic) => [diagnostic.code, diagnostic.severity]),
    ).toEqual([["step-gap", "error"]]);
    expect(services.check("/repo/legacy/b.idrs")).toEqual([]);
  });

  it("marks suppressed diagnostics and keeps them in the list", () => {
    const services = createLanguageServices();
    services.setDocument(
      "a.idrs",
      'rule "R" {\n  // idrs-disable-next-line step-gap, sdk-only-action\n  step 2: face_recognize\n}\n',
    );
    expect(
      services.check("a.idrs").map((diagnostic) => [diagnostic.code, diagnostic.suppressed]),
    ).toEqual([
      ["step-gap", true],
      ["sdk-only-action", true],
    ]);
  });

  it("uses the configured limits", () => {
    const services = createLanguageServices({ config: { limits: { maxNameLength: 3 } } });
    services.setDocument("a.idrs", 'rule "四个汉字" { step 1: id_card_recognize }');
    expect(codes(services.check("a.idrs"))).toEqual(["rule-name-too-long"]);
  });

  it("renders messages in the locale and knows project actions", () => {
    const services = createLanguageServices({
      locale: "zh-CN",
      config: {
        actions: [
          {
            name: "voice_print",
            scope: "step",
            status: "custom",
            title: { en: "v", "zh-CN": "v" },
            description: { en: "", "zh-CN": "" },
          },
        ],
      },
    });
    services.setDocument("a.idrs", 'rule "R" { step 1: voice_print, voice_prin }');
    const [diagnostic, ...rest] = services.check("a.idrs");
    expect(rest).toEqual([]);
    expect(diagnostic?.args.suggestions).toBe("voice_print");
    expect(diagnostic?.message).toContain("未知动作");
  });
});

describe("compile", () => {
  it("compiles the only rule of a file with fragments from other files", () => {
    const services = createLanguageServices();
    services.setDocument("lib.idrs", "fragment 身份核验: id_card_recognize");
    services.setDocument(
      "a.idrs",
      'rule "R" {\n  throughout: face_track\n  step 1: use 身份核验, sign_recognize\n}\n',
    );
    const result = services.compile("a.idrs");
    expect(result.json).toBe(
      '[{"sequence":0,"actions":[{"name":"face_track"}]},{"sequence":1,"actions":[{"name":"id_card_recognize"},{"name":"sign_recognize"}]}]',
    );
    expect(result.diagnostics).toEqual([]);
  });

  it("needs a rule name when a file has several rules", () => {
    const services = createLanguageServices();
    services.setDocument(
      "a.idrs",
      'rule "A" { step 1: id_card_recognize }\nrule "B" { step 1: sign_recognize }',
    );
    const several = services.compile("a.idrs");
    expect(several.content).toBeUndefined();
    expect(
      several.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.args.names]),
    ).toEqual([["rule-not-selected", "A, B"]]);
    expect(codes(services.compile("a.idrs", "C").diagnostics)).toEqual(["rule-not-selected"]);
    expect(services.compile("a.idrs", "B").content).toEqual([
      { sequence: 1, actions: [{ name: "sign_recognize" }] },
    ]);
  });

  it("is blocked only by errors that belong to the rule", () => {
    const services = createLanguageServices();
    services.setDocument(
      "a.idrs",
      'rule "A" { step 1: id_card_recognise }\nrule "B" { step 1: sign_recognize, use F }',
    );
    services.setDocument("lib.idrs", "fragment F: liveness_track, nope");

    expect(codes(services.compile("a.idrs", "A").diagnostics)).toEqual(["unknown-action"]);
    expect(services.compile("a.idrs", "A").content).toBeUndefined();
    const b = services.compile("a.idrs", "B");
    expect(b.content).toBeUndefined();
    expect(b.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.uri])).toEqual([
      ["recording-action-in-step", "a.idrs"],
      ["unknown-action", "lib.idrs"],
    ]);
  });

  it("lets warnings and suppressed errors through", () => {
    const services = createLanguageServices();
    services.setDocument(
      "a.idrs",
      'rule "A" {\n  // idrs-disable-next-line unknown-action\n  step 2: custom_check\n}\n',
    );
    const result = services.compile("a.idrs");
    expect(codes(result.diagnostics)).toEqual(["step-gap"]);
    expect(result.content).toEqual([{ sequence: 2, actions: [{ name: "custom_check" }] }]);
  });

  it("is blocked by a syntax error", () => {
    const services = createLanguageServices();
    services.setDocument("a.idrs", 'rule "A" { step 1 id_card_recognize }');
    expect(services.compile("a.idrs").content).toBeUndefined();
    expect(codes(services.compile("a.idrs").diagnostics)).toContain("syntax-error");
  });

  it("rejects a document that was never added", () => {
    expect(() => createLanguageServices().compile("missing.idrs")).toThrow(/setDocument/);
  });
});

describe("decompile and format", () => {
  const content = '[{"sequence":1,"actions":[{"name":"id_card_recognize"}]}]';

  it("takes the name from the rule file, else from the options", () => {
    const services = createLanguageServices();
    expect(services.decompile(`{"name": "终身寿险", "content": ${content}}`).text).toContain(
      'rule "终身寿险" {',
    );
    expect(services.decompile(content, { name: "定期寿险" }).text).toContain('rule "定期寿险" {');
  });

  it("keeps the rule file's description", () => {
    const ruleFile = `{"name": "理财", "description": "代销理财产品", "content": ${content}}`;
    expect(createLanguageServices().decompile(ruleFile).text).toBe(
      'rule "理财" {\n  description: "代销理财产品"\n  step 1: id_card_recognize\n}\n',
    );
  });

  it("reports content without a name", () => {
    const result = createLanguageServices().decompile(content);
    expect(result.text).toBeUndefined();
    expect(codes(result.diagnostics)).toEqual(["empty-rule-name"]);
  });

  it("reports invalid JSON", () => {
    const result = createLanguageServices().decompile("[{", { name: "R" });
    expect(result.text).toBeUndefined();
    expect(codes(result.diagnostics)).toEqual(["invalid-json"]);
  });

  it("round-trips through compile", () => {
    const services = createLanguageServices();
    const text = services.decompile(content, { name: "R" }).text ?? "";
    services.setDocument("r.idrs", text);
    expect(services.compile("r.idrs").json).toBe(content);
  });

  it("formats .idrs and leaves JSON alone", () => {
    const services = createLanguageServices();
    services.setDocument("a.idrs", 'rule "R" {step 1:id_card_recognize;}');
    expect(services.format("a.idrs").text).toBe('rule "R" {\n  step 1: id_card_recognize\n}\n');
    services.setDocument("a.rule.json", '{"name": "R", "content": []}');
    expect(services.format("a.rule.json")).toEqual({ diagnostics: [] });
  });
});

describe("loadFolder", () => {
  let folder = "";
  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("reads .idrs and .rule.json files recursively, skipping node_modules and dot folders", async () => {
    folder = await mkdtemp(join(tmpdir(), "idrs-load-"));
    await mkdir(join(folder, "life", "whole"), { recursive: true });
    await mkdir(join(folder, "node_modules", "x"), { recursive: true });
    await mkdir(join(folder, ".git"), { recursive: true });
    await writeFile(
      join(folder, "life", "whole", "a.idrs"),
      'rule "A" { step 1: id_card_recognize }',
    );
    await writeFile(join(folder, "b.rule.json"), '{"name": "B", "content": []}');
    await writeFile(join(folder, "notes.json"), "{}");
    await writeFile(join(folder, "readme.md"), "x");
    await writeFile(join(folder, "node_modules", "x", "c.idrs"), "");
    await writeFile(join(folder, ".git", "d.idrs"), "");

    const services = createLanguageServices({ fileSystem: nodeFileSystem });
    const loaded = await services.loadFolder(folder);
    expect(loaded.map((document) => document.uri)).toEqual([
      join(folder, "b.rule.json"),
      join(folder, "life", "whole", "a.idrs"),
    ]);
    expect(loaded.map((document) => document.kind)).toEqual(["json", "idrs"]);
  });

  it("fails for a missing root folder and without a file system", async () => {
    await expect(
      createLanguageServices({ fileSystem: nodeFileSystem }).loadFolder(
        join(tmpdir(), "no-such-idrs-folder"),
      ),
    ).rejects.toThrow();
    await expect(createLanguageServices().loadFolder("/")).rejects.toThrow(/fileSystem/);
  });
});

describe("lintRules", () => {
  it("describes every rule with docs paths", () => {
    const rules = createLanguageServices().lintRules();
    expect(rules.find((rule) => rule.code === "duplicate-action")).toMatchObject({
      defaultSeverity: "warning",
      fixable: true,
      docsPath: {
        en: "docs/rules/duplicate-action.md",
        "zh-CN": "docs/rules/duplicate-action.zh-CN.md",
      },
    });
  });
});
