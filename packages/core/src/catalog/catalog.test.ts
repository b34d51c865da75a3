import { describe, expect, test } from "vitest";
import { contentSchema } from "../schema/generated.js";
import { actionCatalogValidator } from "../schema/validators.js";
import type { ActionDefinition } from "../services/types.js";
import bundledCatalog from "./actions.json" with { type: "json" };
import { bundledActions, createActionCatalog } from "./catalog.js";

const confirmedStep = [
  "id_card_recognize",
  "document_title_recognize",
  "flip_action_recognize",
  "sign_action_recognize",
  "sign_recognize",
];
const confirmedRecording = ["face_track", "speech_to_text"];
const sdkOnly = [
  "face_recognize",
  "liveness_track",
  "speech_word_detect",
  "static_hand_recognize",
  "sign_classify_recognize",
  "action_recognize",
];

describe("bundled action catalog", () => {
  test("actions.json is valid against its schema", () => {
    const validate = actionCatalogValidator();
    expect(validate(bundledCatalog), JSON.stringify(validate.errors)).toBe(true);
  });

  test("contains 7 confirmed and 6 SDK-only actions", () => {
    const actions = bundledActions();
    expect(actions.map((action) => action.name).sort()).toEqual(
      [...confirmedStep, ...confirmedRecording, ...sdkOnly].sort(),
    );
    for (const name of confirmedStep) {
      expect(actions.find((action) => action.name === name)).toMatchObject({
        scope: "step",
        status: "confirmed",
      });
    }
    for (const name of confirmedRecording) {
      expect(actions.find((action) => action.name === name)).toMatchObject({
        scope: "recording",
        status: "confirmed",
      });
    }
    for (const name of sdkOnly) {
      const action = actions.find((entry) => entry.name === name);
      expect(action?.status).toBe("sdk-only");
      expect(action?.description.en).toContain("unproven");
      expect(action?.description["zh-CN"]).toContain("尚未验证");
    }
  });

  test("uses the published Chinese names", () => {
    const titles = Object.fromEntries(
      bundledActions().map((action) => [action.name, action.title["zh-CN"]]),
    );
    expect(titles).toMatchObject({
      id_card_recognize: "身份证识别",
      document_title_recognize: "文档标题识别",
      flip_action_recognize: "翻页/翻屏动作识别",
      sign_action_recognize: "签字动作识别",
      sign_recognize: "签名识别",
      face_track: "人脸追踪",
      speech_to_text: "语音转写",
      face_recognize: "人照比对",
      liveness_track: "活体检测",
      speech_word_detect: "激活词检测",
      static_hand_recognize: "静态手势识别",
      sign_classify_recognize: "签名类型检测",
    });
  });

  test("marks descriptive Chinese names", () => {
    for (const name of [
      "document_title_recognize",
      "sign_recognize",
      "speech_to_text",
      "action_recognize",
    ]) {
      const action = bundledActions().find((entry) => entry.name === name);
      expect(action?.description["zh-CN"], name).toContain("描述性译名");
      expect(action?.description.en, name).toContain("descriptive, not official");
    }
  });

  test("the content schema offers every catalog name for completion", () => {
    const definitions = contentSchema.definitions as {
      action: { properties: { name: { examples: string[] } } };
    };
    expect(definitions.action.properties.name.examples).toEqual(
      bundledActions().map((action) => action.name),
    );
  });
});

describe("createActionCatalog", () => {
  const custom: ActionDefinition = {
    name: "voice_print_check",
    scope: "step",
    status: "custom",
    title: { en: "Voiceprint check", "zh-CN": "声纹核验" },
    description: { en: "", "zh-CN": "" },
  };

  test("get and has", () => {
    const catalog = createActionCatalog();
    expect(catalog.get("face_track")?.scope).toBe("recording");
    expect(catalog.has("id_card_recognize")).toBe(true);
    expect(catalog.get("voice_print_check")).toBeUndefined();
    expect(catalog.has("voice_print_check")).toBe(false);
  });

  test("project actions extend the catalog", () => {
    const catalog = createActionCatalog([custom]);
    expect(catalog.get("voice_print_check")).toEqual(custom);
    expect(
      catalog
        .all()
        .map((action) => action.name)
        .at(-1),
    ).toBe("voice_print_check");
    expect(catalog.all()).toHaveLength(14);
  });

  test("project actions override bundled ones in place", () => {
    const override: ActionDefinition = { ...custom, name: "liveness_track", scope: "step" };
    const catalog = createActionCatalog([override]);
    expect(catalog.get("liveness_track")).toMatchObject({ scope: "step", status: "custom" });
    expect(catalog.all()).toHaveLength(13);
    const names = catalog.all().map((action) => action.name);
    expect(names.indexOf("liveness_track")).toBe(
      bundledActions().findIndex((a) => a.name === "liveness_track"),
    );
  });

  test("callers cannot change the catalog", () => {
    const catalog = createActionCatalog();
    const action = catalog.get("face_track") as ActionDefinition;
    action.scope = "step";
    action.title.en = "changed";
    expect(catalog.get("face_track")).toMatchObject({
      scope: "recording",
      title: { en: "Face tracking" },
    });
    expect(createActionCatalog().get("face_track")?.title.en).toBe("Face tracking");
  });

  test.each([
    ["id_card_recognise", ["id_card_recognize"]],
    ["id-card-recognize", ["id_card_recognize"]],
    ["ID_CARD_RECOGNIZE", ["id_card_recognize"]],
    ["id_card", ["id_card_recognize"]],
    ["sign_action", ["sign_action_recognize"]],
    ["face_trak", ["face_track"]],
    ["speech_to_txt", ["speech_to_text"]],
    ["speech-to-text", ["speech_to_text"]],
    ["sign_recognise", ["sign_recognize"]],
    ["flip_acton_recognize", ["flip_action_recognize"]],
    ["liveness", ["liveness_track"]],
  ])("suggests for %s", (input, expected) => {
    expect(createActionCatalog().suggest(input, 1)).toEqual(expected);
  });

  test("suggests nothing for unrelated names", () => {
    const catalog = createActionCatalog();
    expect(catalog.suggest("qr_code_scan")).toEqual([]);
    expect(catalog.suggest("")).toEqual([]);
    expect(catalog.suggest("x")).toEqual([]);
  });

  test("suggest returns at most max names, closest first", () => {
    const catalog = createActionCatalog();
    const names = catalog.suggest("sign_recognize_", 3);
    expect(names[0]).toBe("sign_recognize");
    expect(names.length).toBeLessThanOrEqual(3);
    expect(catalog.suggest("face", 2)).toHaveLength(2);
  });

  test("suggests project actions too", () => {
    expect(createActionCatalog([custom]).suggest("voice_print_chek")).toEqual([
      "voice_print_check",
    ]);
  });
});
