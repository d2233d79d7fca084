export default async function globalTeardown(): Promise<void> {
  const g = globalThis as { __honglinCloud?: { close(): Promise<void> } }
  await g.__honglinCloud?.close()
  delete g.__honglinCloud
}
