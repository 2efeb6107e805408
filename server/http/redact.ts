/**
 * Database errors carry the failed query's parameters (password hashes, session tokens, e-mail addresses);
 * those must never reach the log. This keeps the message, the stack frames and the cause's code.
 */
export function redactError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const cause = (error as { cause?: unknown }).cause;
  if (!("params" in error) && !(cause instanceof Error && "params" in cause)) return error;
  const safe = new Error(error.message.split("\nparams:")[0]);
  safe.name = error.name;
  const frames = (error.stack ?? "").split("\n").filter((line) => line.startsWith("    at "));
  safe.stack = [`${safe.name}: ${safe.message}`, ...frames].join("\n");
  if (cause instanceof Error) {
    Object.assign(safe, { cause: { message: cause.message, code: (cause as { code?: unknown }).code } });
  }
  return safe;
}
