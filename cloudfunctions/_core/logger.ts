/** Server-side log lines carry the request id that the failing reply shows to the user. */
export function logError(requestId: string, where: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : JSON.stringify(error)
  console.error(`[${requestId}] ${where}: ${detail}`)
}

export function newRequestId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
}
