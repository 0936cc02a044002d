/** Most characters of client input an error message repeats back. */
export const MAX_ECHOED_CHARS = 64;

/** `text` cut to `max` characters with an ellipsis saying how much was left out. */
export function truncateEcho(text: string, max = MAX_ECHOED_CHARS): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

// A JSON-style string literal inside a message (graphql-js prints values with JSON.stringify),
// or a long run without spaces or quotes (an id a subgraph's message names: `Order <id> was not found`).
const ECHO = new RegExp(`"(?:[^"\\\\]|\\\\.)*"|[^\\s"]{${MAX_ECHOED_CHARS + 1},}`, 'g');
/** Longest message any error may carry after echoed values are cut, as a last bound. */
const MAX_MESSAGE_CHARS = 2_000;

/**
 * An error message that repeats client input no longer than it needs to: every quoted value and
 * every unbroken run of characters longer than `MAX_ECHOED_CHARS` is cut (graphql-js quotes what
 * it echoes; subgraphs name ids), then the whole message is bounded. A 1 MB id comes back as 64
 * characters, not 1 MB.
 */
export function boundEchoes(message: string): string {
  if (message.length <= MAX_ECHOED_CHARS) return message;
  const cut = message.replace(ECHO, (echo) => {
    if (!echo.startsWith('"')) return truncateEcho(echo);
    return echo.length - 2 > MAX_ECHOED_CHARS ? `"${truncateEcho(echo.slice(1, -1))}"` : echo;
  });
  return truncateEcho(cut, MAX_MESSAGE_CHARS);
}
