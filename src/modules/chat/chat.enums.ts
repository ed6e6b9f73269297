export enum ChatRole {
  USER = 'USER',
  ASSISTANT = 'ASSISTANT',
}

export enum ChatMessageStatus {
  STREAMING = 'STREAMING',
  COMPLETE = 'COMPLETE',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

export const isFinished = (status: ChatMessageStatus | string): boolean =>
  status !== ChatMessageStatus.STREAMING;
