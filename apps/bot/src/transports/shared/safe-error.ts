/**
 * The parts of an error that are safe to log. REST errors carry the request URL, and an interaction
 * webhook URL contains the interaction token; only the name, message, status and Discord code are kept.
 */
export interface SafeErrorFields {
  type: string;
  message: string;
  status?: number;
  code?: number | string;
}

export function safeErrorFields(error: unknown): SafeErrorFields {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const fields: SafeErrorFields = { type: error.name, message: error.message };
  const extra = error as Error & { status?: unknown; code?: unknown };
  if (typeof extra.status === 'number') fields.status = extra.status;
  if (typeof extra.code === 'number' || typeof extra.code === 'string') fields.code = extra.code;
  return fields;
}
