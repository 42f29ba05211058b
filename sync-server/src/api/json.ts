// JSON in and out for the HTTP API. Errors carry a short message for people and a stable `error`
// code for programs; auth failures say nothing more than their status.
import type { IncomingMessage, ServerResponse } from "node:http";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.statusCode = status;
  response.setHeader("Content-Type", "application/json; charset=utf-8");
  response.setHeader("Cache-Control", "no-store");
  response.setHeader("Content-Length", Buffer.byteLength(text));
  response.end(text);
}

export async function readJson(request: IncomingMessage, maxBytes: number): Promise<Record<string, unknown>> {
  const type = request.headers["content-type"] ?? "";
  if (!type.startsWith("application/json")) throw new HttpError(415, "unsupported-media-type", "Send a JSON body (Content-Type: application/json).");
  const chunks: Buffer[] = [];
  let size = 0;
  // An oversized body is read to its end and dropped: stopping early would leave the client
  // blocked mid-upload and lose the 413 (requestTimeout bounds how long this can take).
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size <= maxBytes) chunks.push(chunk as Buffer);
  }
  if (size > maxBytes) throw new HttpError(413, "body-too-large", `The request body is larger than ${maxBytes} bytes.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "bad-json", "The request body is not valid JSON.");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new HttpError(400, "bad-json", "The request body must be a JSON object.");
  }
  return parsed as Record<string, unknown>;
}

export function requireString(body: Record<string, unknown>, field: string, maxLength = 500): string {
  const value = body[field];
  if (typeof value !== "string" || value.trim() === "") throw new HttpError(400, "missing-field", `"${field}" is required.`, { field });
  if (value.length > maxLength) throw new HttpError(400, "field-too-long", `"${field}" is longer than ${maxLength} characters.`, { field });
  return value.trim();
}

export const unauthorized = () => new HttpError(401, "unauthorized", "Unauthorized.");
export const forbidden = () => new HttpError(403, "forbidden", "Forbidden.");
export const notFound = () => new HttpError(404, "not-found", "Not found.");
