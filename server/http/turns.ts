import type { FastifyInstance, FastifyRequest } from "fastify";
import { newTicket, type Ticket, withTicket } from "../db/turns.js";

/**
 * Gives every request its ticket for the database's line (`server/db/turns.ts`) as it arrives: its queries are
 * served oldest request first, and once its client has closed the connection unanswered, a request that has not
 * yet written is refused at its next turn rather than served to nobody.
 */
export function registerDatabaseTurns(app: FastifyInstance): void {
  const tickets = new WeakMap<FastifyRequest, Ticket>();
  app.addHook("onRequest", (request, reply, done) => {
    const ticket = newTicket();
    tickets.set(request, ticket);
    reply.raw.once("close", () => {
      if (!reply.raw.writableFinished) ticket.gone = true;
    });
    withTicket(ticket, done);
  });
  // A body that arrives after the first hooks have run is read from the socket's own callbacks, outside the
  // ticket's context: validation, the handler and everything after run from there. Enter the ticket again.
  app.addHook("preValidation", (request, _reply, done) => {
    const ticket = tickets.get(request);
    if (ticket) withTicket(ticket, done);
    else done();
  });
}
