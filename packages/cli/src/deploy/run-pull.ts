import { createLanguageServices } from "@idrs-rules/core";
import type { CommandContext } from "../command.js";
import { compileRepository } from "./local.js";
import { decidePull } from "./pull-plan.js";
import { writePull } from "./pull-write.js";
import { note, openSession, type RemoteFactory } from "./session.js";

/** `idrs-rules pull`: writes every remote rule into the repository and records it in the lock. */
export async function runPull(
  context: CommandContext,
  values: Record<string, unknown>,
  positionals: string[],
  createRemote?: RemoteFactory,
): Promise<number> {
  const session = await openSession(context, values, positionals, createRemote);
  const { settings } = session;
  const force = values.force === true;

  const repository = await compileRepository(settings, context.locale);
  const remotes = await session.remote.listAll();
  const decisions = decidePull(remotes, repository.sources, session.lock.entries, force);

  const services = createLanguageServices({ locale: context.locale, config: settings.config });
  const outcomes = await writePull(decisions, {
    root: settings.root,
    rulesDir: settings.rulesDir,
    format: settings.pullFormat,
    lock: session.lock,
    now: new Date(),
    decompile: (content, name) => services.decompile(content, { name }).text,
  });

  for (const outcome of outcomes) {
    const args = { name: outcome.remote.name, id: outcome.remote.id, file: outcome.file ?? "-" };
    note(context, `pull.${outcome.kind}`, args);
  }
  const invalid = outcomes.filter((outcome) => outcome.kind === "invalid").length;
  note(context, "pull.done", { count: remotes.length, lock: settings.lockPath });
  return invalid > 0 ? 1 : 0;
}
