import pino, { Logger } from 'pino';

export type { Logger } from 'pino';

// Structured JSON logs. PII (passwords, tokens, e-mail addresses) is redacted at the source.
export function createLogger(level: string, bindings: Record<string, unknown> = {}): Logger {
  return pino({
    level,
    base: { service: 'fingraph', ...bindings },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'refreshToken',
        '*.refreshToken',
        'accessToken',
        '*.accessToken',
        'authorization',
        '*.authorization',
        'req.headers.authorization',
        'variables.input.password',
        'variables.input.refreshToken',
        // Chat messages (the chat module logs them through maskPii only).
        'variables.input.text',
      ],
      censor: '[redacted]',
    },
  });
}
