import { AsyncLocalStorage } from "node:async_hooks";
// node:timers' own, so a test's fake timers (which replace the global) cannot stop the database's line.
import { setImmediate } from "node:timers";

// Turns at the database, handed out oldest request first.
//
// A request makes several queries one after another (session, subject, rights, the change, the answer). Queued per
// query, each of them went to the back of the line again, behind every request that arrived since: under 200
// people at once a request's latency was its number of queries times the whole line, and on PGlite (one query at a
// time, run synchronously in WASM) the line drained in one unbroken chain of promise callbacks, so the event loop
// did not read a socket for a second at a time and answers waited past 30 s. Here each query still takes one turn,
// but the line is ordered by when its request arrived (a ticket, carried by AsyncLocalStorage from the request's
// first hook): a request once started is finished before newer ones get going, and its latency is the requests
// ahead of it, not those behind. On PGlite the next turn starts only after the event loop has polled for I/O (a
// slice per query), so sockets are read and answers written while the line is long. A request whose client went
// away before it wrote anything is refused at its next turn instead of spending the database on nobody.

/** One request's place in line. */
export interface Ticket {
  /** Lower is older: the order requests arrived in. */
  readonly arrival: number;
  /** The client closed the connection before the answer was sent. */
  gone: boolean;
  /** The request has begun a write (a transaction or a statement that is not a SELECT): it is seen through. */
  wrote: boolean;
}

/** A request refused at its turn because its client had gone: nobody is there to answer (499, as nginx logs it). */
export class ClientGoneError extends Error {
  readonly statusCode = 499;
  constructor() {
    super("The client closed the connection before its request used the database.");
  }
}

const tickets = new AsyncLocalStorage<Ticket>();
let arrivals = 0;

/** A ticket for a request arriving now. */
export function newTicket(): Ticket {
  return { arrival: arrivals++, gone: false, wrote: false };
}

/** Runs `work` (and everything it starts) as the request holding this ticket. */
export function withTicket<T>(ticket: Ticket, work: () => T): T {
  return tickets.run(ticket, work);
}

interface Waiter {
  ticket: Ticket | undefined;
  arrival: number;
  order: number;
  write: boolean;
  start: () => void;
  refuse: (error: Error) => void;
}

const before = (a: Waiter, b: Waiter) => a.arrival < b.arrival || (a.arrival === b.arrival && a.order < b.order);

/** A line of at most `capacity` holders at once (1 for PGlite, the pool's size for PostgreSQL), oldest first. */
export class Turns {
  private readonly heap: Waiter[] = [];
  private holders = 0;
  private orders = 0;
  private dispatching = false;

  constructor(
    readonly options: {
      capacity: number;
      /** Start the next turn only after the event loop has polled for I/O (for a driver that blocks it). */
      yieldBetween: boolean;
    },
  ) {}

  /** How many wait for a turn. */
  get waiting(): number {
    return this.heap.length;
  }

  /**
   * Runs `work` in a turn of the current request (or, outside any request, of one arriving now); `write` says the
   * work may change data, after which a gone client's request is no longer refused.
   */
  async run<T>(write: boolean, work: () => Promise<T>): Promise<T> {
    const release = await this.acquire(write);
    try {
      return await work();
    } finally {
      release();
    }
  }

  /** Waits for a turn and answers the function that ends it (once; calling it again does nothing). */
  async acquire(write: boolean): Promise<() => void> {
    const ticket = tickets.getStore();
    await new Promise<void>((start, refuse) => {
      this.push({ ticket, arrival: ticket?.arrival ?? arrivals++, order: this.orders++, write, start, refuse });
      this.dispatch();
    });
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.release();
    };
  }

  private release(): void {
    this.holders--;
    if (!this.options.yieldBetween) {
      this.dispatch();
      return;
    }
    if (this.dispatching) return;
    this.dispatching = true;
    setImmediate(() => {
      this.dispatching = false;
      this.dispatch();
    });
  }

  private dispatch(): void {
    if (this.dispatching) return;
    while (this.holders < this.options.capacity && this.heap.length > 0) {
      const next = this.pop()!;
      if (next.ticket?.gone && !next.ticket.wrote) {
        next.refuse(new ClientGoneError());
        continue;
      }
      if (next.write && next.ticket) next.ticket.wrote = true;
      this.holders++;
      next.start();
    }
  }

  private push(waiter: Waiter): void {
    const heap = this.heap;
    heap.push(waiter);
    let index = heap.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!before(heap[index]!, heap[parent]!)) break;
      [heap[index], heap[parent]] = [heap[parent]!, heap[index]!];
      index = parent;
    }
  }

  private pop(): Waiter | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      let index = 0;
      for (;;) {
        const left = 2 * index + 1;
        const right = left + 1;
        let smallest = index;
        if (left < heap.length && before(heap[left]!, heap[smallest]!)) smallest = left;
        if (right < heap.length && before(heap[right]!, heap[smallest]!)) smallest = right;
        if (smallest === index) break;
        [heap[index], heap[smallest]] = [heap[smallest]!, heap[index]!];
        index = smallest;
      }
    }
    return top;
  }
}

/** Whether a statement may change data: anything but a plain SELECT counts as a write. */
export const isWrite = (statement: unknown) =>
  !/^\s*select\b/i.test(typeof statement === "string" ? statement : String((statement as { text?: string })?.text));

/** The ticket of the request running now, if any. */
export const currentTicket = (): Ticket | undefined => tickets.getStore();
