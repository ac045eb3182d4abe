/** Where the functions write what an operator needs to read. */
export interface Logger {
  info(message: string, extra?: Record<string, unknown>): void
  error(message: string, extra?: Record<string, unknown>): void
}

export const consoleLogger: Logger = {
  info: (message, extra) => console.log(message, extra ?? ''),
  error: (message, extra) => console.error(message, extra ?? '')
}

export const silentLogger: Logger = { info: () => undefined, error: () => undefined }
