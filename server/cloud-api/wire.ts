/**
 * The wire format of wx-server-sdk's `cloud.openapi.*` calls. The SDK posts multipart form data to its
 * serviceUrl with `action=wx.openApi`, `apiName` (e.g. `security.msgSecCheck`) and `requestData`: a
 * protobuf `CommApiData` whose `openapiData.pairs` hold each request field JSON-encoded. It expects a
 * protobuf `CommOpenApiResp` back whose `respData` is WeChat's JSON answer. Field numbers are those of
 * the SDK's own generated code (wx-server-sdk 4.0.2, src/protobuf/openapi.js).
 */
import protobuf from 'protobufjs'

const root = protobuf.Root.fromJSON({
  nested: {
    KeyValuePair: {
      fields: {
        key: { type: 'string', id: 1 },
        value: { type: 'bytes', id: 2 },
        contenttype: { type: 'string', id: 3 },
        filename: { type: 'string', id: 4 },
      },
    },
    OpenApiData: { fields: { pairs: { rule: 'repeated', type: 'KeyValuePair', id: 1 } } },
    CommApiData: {
      fields: { apiType: { type: 'int32', id: 1 }, openapiData: { type: 'OpenApiData', id: 2 }, appid: { type: 'string', id: 6 } },
    },
    CommOpenApiResp: {
      fields: {
        respData: { type: 'bytes', id: 1 },
        contentType: { type: 'string', id: 2 },
        errorCode: { type: 'int32', id: 3 },
        httpCode: { type: 'uint32', id: 4 },
        svrkitErrorCode: { type: 'int32', id: 6 },
      },
    },
  },
})
const CommApiData = root.lookupType('CommApiData')
const CommOpenApiResp = root.lookupType('CommOpenApiResp')

/** The request fields of one openapi call (snake_case, as WeChat names them), JSON-decoded. */
export function decodeOpenApiRequest(requestData: Uint8Array): Record<string, unknown> {
  const message = CommApiData.toObject(CommApiData.decode(requestData), { defaults: true }) as {
    openapiData?: { pairs?: Array<{ key: string; value: Uint8Array }> }
  }
  const fields: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  for (const pair of message.openapiData?.pairs ?? []) {
    const text = Buffer.from(pair.value).toString('utf8')
    try {
      fields[pair.key] = JSON.parse(text)
    } catch {
      fields[pair.key] = text
    }
  }
  return fields
}

/** WeChat's JSON answer wrapped as the SDK expects it. */
export function encodeOpenApiResponse(answer: object): Buffer {
  const message = CommOpenApiResp.create({
    respData: Buffer.from(JSON.stringify(answer)),
    contentType: 'application/json',
    errorCode: 0,
    httpCode: 200,
  })
  return Buffer.from(CommOpenApiResp.encode(message).finish())
}

/**
 * The fields of a multipart/form-data body as bytes. (The SDK appends `requestData`, a protobuf
 * buffer, without a file name, so a standard form parser would decode it as UTF-8 text and break it.)
 */
export function readFormData(body: Buffer, contentType: string): Map<string, Buffer> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  const fields = new Map<string, Buffer>()
  if (!boundary) return fields
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`)
  let start = body.indexOf(delimiter)
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length)
    if (next < 0) break
    const part = body.subarray(start + delimiter.length + 2, next - 2) // CRLF after the delimiter and before the next
    const headerEnd = part.indexOf('\r\n\r\n')
    const name = headerEnd < 0 ? null : /name="([^"]*)"/.exec(part.subarray(0, headerEnd).toString('utf8'))?.[1]
    if (name) fields.set(name, part.subarray(headerEnd + 4))
    start = next
  }
  return fields
}
