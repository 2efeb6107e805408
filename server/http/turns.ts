import type { FastifyInstance } from "fastify";
import { newTicket, withTicket } from "../db/turns.js";

/**
 * Gives every request its ticket for the database's line (`server/db/turns.ts`) as it arrives: its queries are
 * served oldest request first, and once its client has closed the connection unanswered, a request that has not
 * yet written is refused at its next turn rather than served to nobody.
 */
export function registerDatabaseTurns(app: FastifyInstance): void {
  app.addHook("onRequest", (_request, reply, done) => {
    const ticket = newTicket();
    reply.raw.once("close", () => {
      if (!reply.raw.writableFinished) ticket.gone = true;
    });
    // Everything the request does from here on (hooks, handler, the queries they start) runs with the ticket.
    withTicket(ticket, done);
  });
}
