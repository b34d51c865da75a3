import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Creates a temporary folder with the given files (path → text or bytes). */
export async function makeFolder(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "idrs-cli-"));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

export async function removeFolder(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}

export const cleanRule = `rule "终身寿险 双录质检" {
  throughout: face_track, speech_to_text
  step 1 "身份核验": id_card_recognize
  step 2 "签名": sign_action_recognize, sign_recognize
}
`;

/** A rule with an action that is not in the catalog: one error. */
export const ruleWithError = `rule "年金险 双录质检" {
  throughout: face_track
  step 1: id_crd_recognize
}
`;

export const bom = Uint8Array.from([0xef, 0xbb, 0xbf]);
