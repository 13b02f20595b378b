import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import type { OperationName } from "../contracts/operationCatalogue.ts";
import type { ModelInput, ModelOutcome } from "../model/index.ts";
import { capFieldList } from "./capFieldList.ts";
import { decodeUrl } from "./decodeUrl.ts";
import type { FaultPlan } from "./faults.ts";
import { parseRequest } from "./parseRequest.ts";
import type { PendingResponses } from "./PendingResponses.ts";
import { declaredLength, readBody, type BodyLimits } from "./readBody.ts";
import { renderError } from "./renderReply.ts";
import type { Router } from "./router.ts";
import { sendReply } from "./sendReply.ts";
import type { Handle, Render } from "./types.ts";
import type { SignatureCheck } from "./verifySignature.ts";
import { accessDenied, bodyTooLarge, internalError, requestTimedOut, validationError } from "./wireErrors.ts";

/** The steps of the request pipeline, each replaceable. */
export interface Pipeline {
  readonly body: BodyLimits;
  /** Every response, so that answers written straight to a socket wait their turn. */
  readonly pending: PendingResponses;
  /** Absent when signatures are not verified. */
  readonly checkSignature?: SignatureCheck;
  readonly route: Router;
  readonly nextFault: FaultPlan;
  readonly handle: Handle;
  readonly render: Render;
  /** Where the emulator reports its own failures. */
  readonly log: (line: string) => void;
}

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
const stackOf = (error: unknown) => (error instanceof Error ? error.stack ?? describe(error) : String(error));

/**
 * The model's answer, or, when the handling throws, InternalServerException naming the exception. The failure
 * is logged first: a 500 the client retries and then reports is otherwise all anyone sees of an emulator bug.
 */
function outcomeOf(pipeline: Pipeline, operation: OperationName, input: ModelInput): ModelOutcome {
  try {
    return capFieldList(pipeline.handle(operation, input));
  } catch (error) {
    pipeline.log(`emulator: handling ${operation} threw ${stackOf(error)}`);
    return { ok: false, error: internalError(`The emulator failed to handle ${operation}: ${describe(error)}`, 0), basis: [] };
  }
}

/**
 * One request: expectations -> body (bounded in size and time) -> Host -> URL decoding -> SigV4 -> routing and
 * binding -> injected faults -> model -> response. Each failing step answers a documented error; nothing after
 * it runs, so a rejected or faulted request never reaches the model. Answers about the request itself close the
 * connection, after the body has been read where it can be, so the client gets to read them.
 */
async function answer(pipeline: Pipeline, req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
  const fail = (error: Parameters<typeof renderError>[0], close = false) => sendReply(res, renderError(error), requestId, close);
  const expect = req.headers.expect?.trim().toLowerCase();
  if (expect === "100-continue") {
    // The client waits before it sends the body: a body declared too large is refused without ever being sent.
    if (declaredLength(req) > pipeline.body.maxBytes) return fail(bodyTooLarge(pipeline.body.maxBytes), true);
    res.writeContinue();
  }
  const read = await readBody(req, pipeline.body);
  if (!read.ok && read.problem === "closed") return void res.destroy();
  if (!read.ok) return fail(read.problem === "tooLarge" ? bodyTooLarge(pipeline.body.maxBytes) : requestTimedOut("body", pipeline.body.timeoutMs), true);
  if (expect !== undefined && expect !== "100-continue") return fail(validationError(`Expect: ${req.headers.expect} is not supported; only 100-continue is`, "other"), true);
  // Node answers a missing Host with a bare 400 unless the server leaves it to us (requireHostHeader: false).
  if (req.httpVersion === "1.1" && req.headers.host === undefined) return fail(validationError("An HTTP/1.1 request must carry a Host header", "cannotParse"), true);
  const decoded = decodeUrl(req.url ?? "");
  if (!decoded.ok) return fail(validationError(decoded.message, "cannotParse"));
  const { url } = decoded;
  const method = req.method ?? "";
  const denied = await pipeline.checkSignature?.({ method, rawPath: url.rawPath, query: url.query, headers: req.headers, body: read.body });
  if (denied !== undefined) return fail(accessDenied(denied));
  const parsed = parseRequest(pipeline.route, { method, url, contentType: req.headers["content-type"], body: read.body });
  if (!parsed.ok) return fail(parsed.error);
  const fault = pipeline.nextFault();
  if (fault.delayMs > 0) await delay(fault.delayMs);
  if (fault.error !== undefined) return fail(fault.error);
  const outcome = outcomeOf(pipeline, parsed.spec.name, parsed.input);
  sendReply(res, pipeline.render(parsed.spec, outcome), requestId, false);
}

/** The server's request listener: a failure anywhere becomes InternalServerException, never a crash. */
export function createRequestListener(pipeline: Pipeline): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    pipeline.pending.track(req, res);
    const requestId = randomUUID();
    answer(pipeline, req, res, requestId).catch((error: unknown) => {
      pipeline.log(`emulator: answering ${req.method ?? "?"} ${req.url ?? "?"} threw ${stackOf(error)}`);
      if (!res.headersSent) sendReply(res, renderError(internalError(`The emulator failed to answer the request: ${describe(error)}`, 0)), requestId, true);
      else res.destroy();
    });
  };
}
