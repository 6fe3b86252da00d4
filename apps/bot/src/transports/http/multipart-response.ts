import { randomUUID } from 'node:crypto';

export type MultipartFile = { name: string; data: Buffer; contentType: string };

/**
 * Discord's interaction response with files: `multipart/form-data` with a `payload_json` part holding the
 * response JSON (its attachments list `{ id, filename, description }`) and a `files[n]` part per file, n
 * being the attachment's id. The boundary is a random UUID, checked against the content it separates.
 */
export function multipartInteractionResponse(
  payload: unknown,
  files: readonly MultipartFile[],
): { body: Buffer; contentType: string } {
  const json = Buffer.from(JSON.stringify(payload), 'utf8');
  let boundary = `asylum-archive-${randomUUID()}`;
  while ([json, ...files.map((file) => file.data)].some((part) => part.includes(boundary)))
    boundary = `asylum-archive-${randomUUID()}`;
  const chunks: Buffer[] = [
    part(boundary, 'name="payload_json"', 'application/json'),
    json,
    ...files.flatMap((file, index) => [
      Buffer.from('\r\n'),
      part(boundary, `name="files[${index}]"; filename="${quoted(file.name)}"`, file.contentType),
      file.data,
    ]),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ];
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

function part(boundary: string, disposition: string, contentType: string): Buffer {
  return Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; ${disposition}\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
}

/** A file name inside a quoted header value: quotes, backslashes and line breaks cannot end it early. */
function quoted(name: string): string {
  return name.replace(/[\\"\r\n]/g, '_');
}
