// The server's structured log: pino JSON lines on stdout (one per request, and unexpected errors),
// level from LAWGRAPH_LOG_LEVEL. The command line's own messages stay plain lines on stderr.
import pino, { type DestinationStream, type Logger } from 'pino';

export function serverLogger(level: string, destination?: DestinationStream): Logger {
  const options = { name: 'lawgraph', level, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}
