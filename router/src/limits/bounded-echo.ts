/** Most characters of client input an error message repeats back. */
export const MAX_ECHOED_CHARS = 64;

/** `text` cut to `max` characters with an ellipsis saying how much was left out. */
export function truncateEcho(text: string, max = MAX_ECHOED_CHARS): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

// A JSON-style string literal inside a message (graphql-js prints values with JSON.stringify).
const QUOTED = /"(?:[^"\\]|\\.)*"/g;
/** Longest message any error may carry after quoted values are cut, as a last bound. */
const MAX_MESSAGE_CHARS = 2_000;

/**
 * An error message that repeats client input no longer than it needs to: every quoted value
 * longer than `MAX_ECHOED_CHARS` is cut (graphql-js quotes what it echoes: invalid values,
 * names), then the whole message is bounded. A 1 MB id comes back as 64 characters, not 1 MB.
 */
export function boundEchoes(message: string): string {
  if (message.length <= MAX_ECHOED_CHARS) return message;
  const cut = message.replace(QUOTED, (quoted) =>
    quoted.length - 2 > MAX_ECHOED_CHARS ? `"${truncateEcho(quoted.slice(1, -1))}"` : quoted,
  );
  return truncateEcho(cut, MAX_MESSAGE_CHARS);
}
