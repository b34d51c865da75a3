import type { RuleRecord } from "../src/index.js";
import { failure, ok, type RecordedRequest, type Reply } from "./fake-server.js";

/**
 * A small in-memory rule store that serves the five rule APIs, for tests that need state
 * (create, then list). `fault` lets a test replace the reply to one request.
 */
export class FakeRuleService {
  readonly rules: RuleRecord[] = [];
  private nextId = 1;

  /** Called before each request. A returned reply replaces the normal one. */
  fault: ((request: RecordedRequest, index: number) => Reply | undefined) | undefined;

  /** Called after each request is handled, so a test can change the store between pages. */
  afterRequest: ((request: RecordedRequest, index: number) => void) | undefined;

  handle = (request: RecordedRequest, index: number): Reply => {
    const injected = this.fault?.(request, index);
    const reply = injected ?? this.reply(request);
    this.afterRequest?.(request, index);
    return reply;
  };

  addRule(name: string, content: string): RuleRecord {
    const rule: RuleRecord = {
      id: `rule-${String(this.nextId++).padStart(4, "0")}`,
      name,
      content,
      createdAt: `2020-07-14T14:01:41.${String(this.nextId).padStart(3, "0")}+08:00`,
    };
    this.rules.push(rule);
    return rule;
  }

  private reply(request: RecordedRequest): Reply {
    const p = request.params;
    switch (request.action) {
      case "CreateRule": {
        const rule = this.addRule(p.Name ?? "", p.Content ?? "");
        return ok({ Id: rule.id, Name: rule.name, Content: rule.content });
      }
      case "GetRule":
      case "DeleteRule":
      case "UpdateRule": {
        const index = this.rules.findIndex((rule) => rule.id === p.Id);
        const rule = this.rules[index];
        if (!rule) {
          return failure(404, "ResourceNotFound", "The specified resource does not exist.");
        }
        if (request.action === "DeleteRule") {
          this.rules.splice(index, 1);
        }
        if (request.action === "UpdateRule") {
          rule.name = p.Name ?? rule.name;
          rule.content = p.Content ?? rule.content;
        }
        return ok(toWire(rule));
      }
      case "ListRules": {
        const pageIndex = Number(p.PageIndex ?? "1");
        const pageSize = Number(p.PageSize ?? "10");
        const items = this.rules.slice((pageIndex - 1) * pageSize, pageIndex * pageSize);
        return ok({
          // Counts as strings, as some of the service's published samples show them.
          TotalElements: String(this.rules.length),
          TotalPages: String(Math.ceil(this.rules.length / pageSize)),
          Items: items.map(toWire),
        });
      }
      default:
        return failure(400, "InvalidAction.NotFound", `Unknown action ${request.action}`);
    }
  }
}

function toWire(rule: RuleRecord) {
  return { Id: rule.id, Name: rule.name, Content: rule.content, CreatedAt: rule.createdAt };
}
