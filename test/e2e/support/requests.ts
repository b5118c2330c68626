/** Records the URLs a browser requested, to prove that Maxim itself requests nothing. */

/** A request seen during a run: its URL and the URL of the document or worker that made it. */
export interface SeenRequest {
  url: string;
  initiator: string;
}

const EXTENSION_SCHEMES = ['chrome-extension:', 'moz-extension:'];

/** Collects requests; `fromMaxim()` lists those that went to the network from Maxim's own code. */
export class RequestLog {
  readonly seen: SeenRequest[] = [];

  add(url: string, initiator: string): void {
    this.seen.push({ url, initiator });
  }

  /**
   * Requests that left the browser and were not a page loading its own demo resources:
   * anything made by an extension document/worker that is not a file of the extension itself,
   * and any request to a host other than the local demo server.
   */
  offMachine(localPort: number): SeenRequest[] {
    return this.seen.filter(({ url }) => {
      const parsed = new URL(url);
      if (
        EXTENSION_SCHEMES.includes(parsed.protocol) ||
        parsed.protocol === 'data:' ||
        parsed.protocol === 'blob:'
      )
        return false;
      if (parsed.protocol === 'about:') return false;
      return Number(parsed.port) !== localPort;
    });
  }
}
