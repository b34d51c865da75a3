import { randomInt } from "node:crypto";
import type { EmulatorAccessKey } from "./options.js";

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/**
 * Generates a test access key pair for one emulator run. The ID starts with `EMU` so that it
 * cannot be mistaken for an Alibaba Cloud key, whose IDs start with `LTAI`.
 */
export function generateTestAccessKey(): EmulatorAccessKey {
  return { id: `EMU${randomText(21)}`, secret: randomText(30) };
}

function randomText(length: number): string {
  let text = "";
  for (let index = 0; index < length; index++) {
    text += alphabet[randomInt(alphabet.length)];
  }
  return text;
}
