import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  describeApiError,
  describeCredentialsSource,
  IdrsCredentialsError,
  type ResolveCredentialsOptions,
  resolveCredentials,
} from "../src/index.js";

let home: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), "idrs-client-home-"));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

async function writeCliConfig(config: unknown) {
  await mkdir(join(home, ".aliyun"), { recursive: true });
  await writeFile(join(home, ".aliyun", "config.json"), JSON.stringify(config));
}

async function writeIni(text: string, path = join(home, ".alibabacloud", "credentials")) {
  await mkdir(join(path, ".."), { recursive: true });
  await writeFile(path, text);
  return path;
}

const resolve = (options: Partial<ResolveCredentialsOptions> = {}) =>
  resolveCredentials({ env: {}, homeDir: home, ...options });

async function resolveError(options: Partial<ResolveCredentialsOptions> = {}) {
  const error = await resolve(options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(IdrsCredentialsError);
  return error as IdrsCredentialsError;
}

const cliConfig = {
  current: "work",
  profiles: [
    { name: "default", mode: "AK", access_key_id: "id-default", access_key_secret: "sk-default" },
    { name: "work", mode: "AK", access_key_id: "id-work", access_key_secret: "sk-work" },
    {
      name: "temp",
      mode: "StsToken",
      access_key_id: "STS.id-temp",
      access_key_secret: "sk-temp",
      sts_token: "token-temp",
    },
    { name: "role", mode: "RamRoleArn", access_key_id: "a", access_key_secret: "b" },
    { name: "ecs", mode: "EcsRamRole", ram_role_name: "r" },
  ],
};

describe("environment variables", () => {
  it("come first", async () => {
    await writeCliConfig(cliConfig);

    const resolved = await resolve({
      env: {
        ALIBABA_CLOUD_ACCESS_KEY_ID: "id-env",
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: "sk-env",
        ALIBABA_CLOUD_SECURITY_TOKEN: "token-env",
      },
    });

    expect(resolved.source).toEqual({ kind: "environment" });
    expect(resolved.credentials.accessKeyId).toBe("id-env");
    expect(resolved.credentials.getAccessKeySecret()).toBe("sk-env");
    expect(resolved.credentials.getSecurityToken()).toBe("token-env");
  });

  it("must be set in pairs", async () => {
    const error = await resolveError({ env: { ALIBABA_CLOUD_ACCESS_KEY_ID: "id-env" } });

    expect(error.code).toBe("EnvironmentIncomplete");
    expect(error.message).toContain("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
  });

  it("yield to an explicit profile", async () => {
    await writeCliConfig(cliConfig);

    const resolved = await resolve({
      profile: "default",
      env: { ALIBABA_CLOUD_ACCESS_KEY_ID: "id-env", ALIBABA_CLOUD_ACCESS_KEY_SECRET: "sk-env" },
    });

    expect(resolved.credentials.accessKeyId).toBe("id-default");
  });
});

describe("CLI config profiles", () => {
  it("use current", async () => {
    await writeCliConfig(cliConfig);

    const resolved = await resolve();

    expect(resolved.credentials.accessKeyId).toBe("id-work");
    expect(resolved.source).toEqual({
      kind: "cli-profile",
      file: join(home, ".aliyun", "config.json"),
      profile: "work",
    });
  });

  it("prefer ALIBABA_CLOUD_PROFILE to current", async () => {
    await writeCliConfig(cliConfig);

    const resolved = await resolve({ env: { ALIBABA_CLOUD_PROFILE: "default" } });

    expect(resolved.credentials.accessKeyId).toBe("id-default");
  });

  it("prefer an explicit name to ALIBABA_CLOUD_PROFILE", async () => {
    await writeCliConfig(cliConfig);

    const resolved = await resolve({ profile: "temp", env: { ALIBABA_CLOUD_PROFILE: "default" } });

    expect(resolved.credentials.accessKeyId).toBe("STS.id-temp");
    expect(resolved.credentials.getSecurityToken()).toBe("token-temp");
  });

  it.each(["role", "ecs"])("reject the unsupported mode of %s", async (profile) => {
    await writeCliConfig(cliConfig);

    const error = await resolveError({ profile });

    expect(error.code).toBe("UnsupportedProfileMode");
    expect(error.messages.en).toMatch(/uses mode (RamRoleArn|EcsRamRole)/);
    expect(error.messages["zh-CN"]).toContain("不支持");
  });

  it("reject a profile without a secret", async () => {
    await writeCliConfig({
      current: "x",
      profiles: [{ name: "x", mode: "AK", access_key_id: "i" }],
    });

    const error = await resolveError();

    expect(error.code).toBe("MissingProfileField");
    expect(error.message).toContain("access_key_secret");
  });

  it("reject invalid JSON without quoting it", async () => {
    await mkdir(join(home, ".aliyun"));
    await writeFile(join(home, ".aliyun", "config.json"), '{"access_key_secret": "sk-leak",');

    const error = await resolveError();

    expect(error.code).toBe("InvalidCredentialsFile");
    expect(error.message).toContain("config.json");
    expect(describeApiError(error, "en")).not.toContain("sk-leak");
  });

  it("report a missing explicit profile", async () => {
    await writeCliConfig(cliConfig);

    const error = await resolveError({ profile: "nope" });

    expect(error.code).toBe("ProfileNotFound");
    expect(error.message).toContain("nope");
  });
});

describe("credentials file", () => {
  it("is read after a CLI config without the profile", async () => {
    await writeCliConfig({ current: "other", profiles: [] });
    await writeIni(
      "[default]\ntype = access_key\naccess_key_id = id-ini\naccess_key_secret = sk-ini\n",
    );

    const resolved = await resolve();

    expect(resolved.credentials.accessKeyId).toBe("id-ini");
    expect(resolved.source).toEqual({
      kind: "credentials-file",
      file: join(home, ".alibabacloud", "credentials"),
      profile: "default",
    });
  });

  it("uses ALIBABA_CLOUD_CREDENTIALS_FILE and the profile section", async () => {
    const file = await writeIni(
      [
        "; comment",
        "[default]",
        "type = access_key",
        "access_key_id = id-ini",
        "access_key_secret = sk-ini",
        "",
        "[ci]",
        "type = sts",
        'access_key_id = "id-ci"',
        "access_key_secret = sk-ci",
        "security_token = token-ci",
      ].join("\r\n"),
      join(home, "elsewhere", "creds.ini"),
    );

    const resolved = await resolve({
      env: { ALIBABA_CLOUD_CREDENTIALS_FILE: file, ALIBABA_CLOUD_PROFILE: "ci" },
    });

    expect(resolved.credentials.accessKeyId).toBe("id-ci");
    expect(resolved.credentials.getSecurityToken()).toBe("token-ci");
  });

  it("expands ~ in ALIBABA_CLOUD_CREDENTIALS_FILE", async () => {
    await writeIni(
      "[default]\naccess_key_id = id-t\naccess_key_secret = sk-t\n",
      join(home, "c.ini"),
    );

    const resolved = await resolve({ env: { ALIBABA_CLOUD_CREDENTIALS_FILE: "~/c.ini" } });

    expect(resolved.credentials.accessKeyId).toBe("id-t");
  });

  it("reports a missing ALIBABA_CLOUD_CREDENTIALS_FILE", async () => {
    const error = await resolveError({
      env: { ALIBABA_CLOUD_CREDENTIALS_FILE: join(home, "missing.ini") },
    });

    expect(error.code).toBe("CredentialsFileNotFound");
  });

  it("rejects an unsupported type", async () => {
    await writeIni("[default]\ntype = ecs_ram_role\nrole_name = r\n");

    const error = await resolveError();

    expect(error.code).toBe("UnsupportedCredentialsType");
    expect(error.message).toContain("ecs_ram_role");
  });

  it("rejects a malformed line", async () => {
    await writeIni("[default]\nthis line has no equals sign\n");

    const error = await resolveError();

    expect(error.message).toContain("line 2");
  });
});

describe("nothing configured", () => {
  it("names every place searched", async () => {
    const error = await resolveError();

    expect(error.code).toBe("CredentialsNotFound");
    expect(error.message).toContain(join(home, ".aliyun", "config.json"));
    expect(error.message).toContain(join(home, ".alibabacloud", "credentials"));
    expect(describeApiError(error, "zh-CN")).toContain("未找到 AccessKey");
  });

  it("reports unreadable files", async () => {
    const error = await resolveError({
      readFile: async () => {
        throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      },
    });

    expect(error.code).toBe("InvalidCredentialsFile");
    expect(error.message).toContain("permission denied");
  });
});

describe("describeCredentialsSource", () => {
  it("names the profile and masks the key", async () => {
    await writeCliConfig({
      current: "p",
      profiles: [
        {
          name: "p",
          mode: "StsToken",
          access_key_id: "STS.NUq9xyzwvut",
          access_key_secret: "sk-p",
          sts_token: "tok-p",
        },
      ],
    });
    const resolved = await resolve();

    const en = describeCredentialsSource(resolved, "en");
    const zh = describeCredentialsSource(resolved, "zh-CN");

    expect(en).toBe(
      `Using AccessKey STS.****wvut of profile p in ${join(home, ".aliyun", "config.json")}. The credentials include an STS security token.`,
    );
    expect(zh).toContain("配置档案 p");
    for (const text of [en, zh]) {
      expect(text).not.toContain("sk-p");
      expect(text).not.toContain("tok-p");
    }
  });
});
