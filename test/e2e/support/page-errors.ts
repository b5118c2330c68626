/** Records the errors of the pages a browser opened, so a suite can assert that there were none. */

/** Uncaught errors of every page, and uncaught and console errors page by page. */
export class PageErrors {
  /** The uncaught errors of every page, in the order they happened. */
  readonly all: string[] = [];
  private readonly byPage = new WeakMap<object, string[]>();
  private readonly ignored = new WeakSet<object>();

  /** Records an uncaught error (a `pageerror`) of a page. */
  uncaught(page: object, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (!this.ignored.has(page)) this.all.push(message);
    this.of(page).push(`pageerror: ${message}`);
  }

  /** Leaves a page's uncaught errors from now on out of `all`: for a page that provokes them on purpose. */
  ignore(page: object): void {
    this.ignored.add(page);
  }

  /** Records a console message of a page when it is an error. */
  console(page: object, type: string, text: string): void {
    if (type === 'error') this.of(page).push(`console: ${text}`);
  }

  /** One page's uncaught errors (`pageerror: …`) and console errors (`console: …`), in order; a live list. */
  of(page: object): string[] {
    let list = this.byPage.get(page);
    if (!list) {
      list = [];
      this.byPage.set(page, list);
    }
    return list;
  }
}
