/**
 * The graph's version, read at most once per interval (cypher/queries/graph-version.cypher): answers cached
 * under one version are served until the graph is seen to have another. Callers that ask while a read is
 * under way share it; a read that fails is not remembered, so the next caller asks the database again.
 *
 * @example
 * const version = new GraphVersion(() => readVersion(context), 2_000);
 * const current = await version.current(); // one query, then none for 2 s
 */
export class GraphVersion {
  private known: { value: string; readAt: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly read: () => Promise<string>,
    private readonly intervalMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  current(): Promise<string> {
    if (this.known && this.now() - this.known.readAt < this.intervalMs) {
      return Promise.resolve(this.known.value);
    }
    if (!this.pending) {
      // The read's start is when the value was true: a change during the read is caught by the next one.
      const readAt = this.now();
      this.pending = this.read()
        .then((value) => {
          this.known = { value, readAt };
          return value;
        })
        .finally(() => {
          this.pending = undefined;
        });
    }
    return this.pending;
  }

  /** Forgets the version read last (e.g. once the database was found down), so the next caller reads it. */
  forget(): void {
    this.known = undefined;
  }
}
