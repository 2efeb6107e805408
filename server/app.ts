import fs from "node:fs";
import type { Agent } from "node:https";
import tls from "node:tls";
import Fastify from "fastify";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import helmet from "helmet";
import { createAuth, sessionCookieName } from "./auth/auth.js";
import { registerAuthRoutes } from "./auth/routes.js";
import { createSessionReader } from "./auth/session.js";
import { type Bus, openBus } from "./bus/index.js";
import type { Config } from "./config.js";
import { type ChangeNotices, changeNotices } from "./db/changes.js";
import type { Database, DatabaseKind } from "./db/client.js";
import { registerActorLookup } from "./http/actor.js";
import { registerCompression } from "./http/compression.js";
import { registerOriginCheck } from "./http/csrf.js";
import { type AuthDocument, registerOpenApi } from "./http/openapi.js";
import { clientErrorResponse, Problem, registerProblemHandlers, sendProblem } from "./http/problem.js";
import { serializerCompiler } from "./http/serializer.js";
import { registerStorableText } from "./http/storable.js";
import { registerDatabaseTurns } from "./http/turns.js";
import type { ApiApp } from "./http/types.js";
import { registerUpgrades } from "./http/upgrades.js";
import { answerPageRequest, registerRobots, registerWebApp, webAppBuilt, webDistDir } from "./http/web.js";
import { interlinkers } from "./interlinkers/registry.js";
import { createJobRunner, type JobRunner } from "./jobs/runner.js";
import { accountRoutes } from "./modules/accounts/routes.js";
import { interlinkerUpgrades } from "./modules/assets/mount.js";
import { providePublicServices } from "./modules/assets/platform.js";
import { assetRoutes } from "./modules/assets/routes.js";
import { catalogueRoutes } from "./modules/catalogue/routes.js";
import { syncCatalogue } from "./modules/catalogue/service.js";
import { claimRoutes } from "./modules/claims/routes.js";
import { healthRoutes } from "./modules/health/routes.js";
import { invitationRoutes } from "./modules/invitations/routes.js";
import { createMailer, type Mailer } from "./modules/mail/service.js";
import { createNotificationDelivery } from "./modules/notifications/delivery.js";
import { createDigestDelivery } from "./modules/notifications/digest.js";
import { createLiveNotifications } from "./modules/notifications/live.js";
import { notificationRoutes } from "./modules/notifications/routes.js";
import { organizationRoutes } from "./modules/organizations/routes.js";
import { participationRoutes } from "./modules/participation/routes.js";
import { platformRoutes } from "./modules/platform/routes.js";
import { loadAuthSecret } from "./modules/platform/service.js";
import { processRoutes } from "./modules/processes/routes.js";
import { publicServicePage } from "./modules/public-services/page.js";
import { publicServicesPlatform } from "./modules/public-services/platform.js";
import { publicServiceRdfRoutes } from "./modules/public-services/rdf-routes.js";
import { publicServiceRoutes } from "./modules/public-services/routes.js";
import { pushRoutes } from "./modules/push/routes.js";
import { createPushDelivery, loadVapidKeys } from "./modules/push/service.js";
import { registerRemoteFrameSources } from "./modules/remote-interlinkers/frames.js";
import { remoteInterlinkerRoutes } from "./modules/remote-interlinkers/routes.js";
import { reuseRoutes } from "./modules/reuse/routes.js";
import { storyPage } from "./modules/stories/page.js";
import { storyRoutes } from "./modules/stories/routes.js";
import { teamRoutes } from "./modules/teams/routes.js";
import { webhookRoutes } from "./modules/webhooks/routes.js";
import { createWebhookJobs } from "./modules/webhooks/service.js";

declare module "fastify" {
  interface FastifyInstance {
    db: Database;
    databaseKind: DatabaseKind;
    config: Config;
    /** Stores each mail in the outbox with a job that delivers it (SMTP, or a file in MAIL_DIR). */
    mailer: Mailer;
    /** The background jobs this server runs (server/jobs), started when it is ready and stopped when it closes. */
    jobs: JobRunner;
    /** The cross-process event bus (server/bus): what every server process on this database must hear. */
    bus: Bus;
    /** The database's change notices where caches in this process can be exact (PGlite), else null. */
    changeNotices: ChangeNotices | null;
    /** Every route as registered, for checks that compare what is served with what is documented. */
    routeList: { method: string; url: string; hidden: boolean }[];
  }
}

export interface AppDependencies {
  config: Config;
  db: Database;
  databaseKind: DatabaseKind;
  /** Serve the built web app at / (default: when dist/web exists). */
  serveWebApp?: boolean;
  /** Where the built web app is (default dist/web); tests serve a small folder of their own. */
  webRoot?: string;
  /** Where the log goes: standard output unless given (tests read what is written there). */
  logStream?: NodeJS.WritableStream;
  /** Test only: how Web Push reaches the test's own push service (an agent trusting its certificate). */
  pushAgent?: Agent;
}

export const bodyLimitBytes = 1024 * 1024;

/** Builds the whole platform on an open database; `main.ts` listens with it, tests inject into it. */
/** The origin of an absolute logo address, for img-src; a logo served by this platform needs nothing more. */
function logoOrigin(logoUrl: string | undefined): string[] {
  if (!logoUrl || !URL.canParse(logoUrl)) return [];
  const url = new URL(logoUrl);
  return url.protocol === "https:" || url.protocol === "http:" ? [url.origin] : [];
}

export async function buildApp(deps: AppDependencies): Promise<ApiApp> {
  providePublicServices(publicServicesPlatform);
  const app = Fastify({
    logger: {
      level: deps.config.logLevel,
      redact: ["req.headers.cookie", "req.headers.authorization"],
      // A request is logged by method and path only: queries carry tokens (verify-email?token=…) and searches.
      serializers: {
        req: (request: { method: string; url: string; ip?: string }) => ({
          method: request.method,
          url: request.url.split("?")[0],
          remoteAddress: request.ip,
        }),
      },
      ...(deps.logStream ? { stream: deps.logStream } : {}),
    },
    bodyLimit: bodyLimitBytes,
    trustProxy: deps.config.trustProxy,
    return503OnClosing: true,
    forceCloseConnections: "idle",
    // Requests Node's parser refuses before Fastify sees them (oversized headers: 431) get problem+json too.
    clientErrorHandler: (error, socket) => {
      if ((error as NodeJS.ErrnoException).code === "ECONNRESET" || !socket.writable) socket.destroy();
      else socket.end(clientErrorResponse(error as { code?: string }));
    },
    // Requests the router refuses before any route runs (a malformed URL, a path segment over 100 characters)
    // get problem+json like every other refusal.
    frameworkErrors: (error, _request, reply) => {
      const status = (error as { statusCode?: number }).statusCode ?? 400;
      sendProblem(
        reply,
        new Problem(
          status,
          status === 414 ? "uri-too-long" : "bad-request",
          status === 414 ? "A part of this address is too long." : "This address is not valid.",
        ),
      );
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate("db", deps.db);
  app.decorate("databaseKind", deps.databaseKind);
  app.decorate("config", deps.config);
  const webRoot = deps.webRoot ?? webDistDir;
  const serveWeb = deps.serveWebApp ?? webAppBuilt(webRoot);
  registerProblemHandlers(app, { pageFallback: serveWeb ? answerPageRequest : undefined });
  // First of all hooks, so every query a request makes is in its turn.
  registerDatabaseTurns(app);
  registerStorableText(app);
  // Before every route and the static files, so its hook sees all their answers.
  await registerCompression(app);
  const routeList: { method: string; url: string; hidden: boolean }[] = [];
  app.decorate("routeList", routeList);
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) {
      if (method === "HEAD") continue;
      routeList.push({ method, url: route.url, hidden: Boolean((route.schema as { hide?: boolean })?.hide) });
    }
  });

  // Before helmet's hook: a page's frame-src must know the registered services when the header is written.
  const remoteFrames = registerRemoteFrameSources(app, deps.db);
  // helmet's middleware, built once: @fastify/helmet built it anew on every request (its directives parsed
  // each time), about 5% of a signed-in read's CPU.
  const securityHeaders = helmet({
    // Remote interlinkers' creation pages open in a popup and post the new asset's id back to its opener.
    crossOriginOpenerPolicy: { policy: "same-origin-allow-popups" },
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Our own images, inline icons, the preview of a picked cover image (blob:) and the operator's logo.
        imgSrc: ["'self'", "data:", "blob:", ...logoOrigin(deps.config.branding.logoUrl)],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        // Only registered remote interlinkers' views may be embedded (the asset page); nothing else.
        frameSrc: ["'self'", () => remoteFrames.current().join(" ")],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: deps.config.baseUrl.startsWith("https://") ? [] : null,
      },
    },
    strictTransportSecurity: deps.config.baseUrl.startsWith("https://"),
    // The same as frame-ancestors 'none', for browsers that know only the older header.
    xFrameOptions: { action: "deny" },
  });
  app.addHook("onRequest", (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)),
  );

  const trustedOrigins = [new URL(deps.config.baseUrl).origin];
  registerOriginCheck(app, trustedOrigins);

  const mailer = createMailer({
    db: deps.db,
    smtpUrl: deps.config.smtpUrl,
    from: deps.config.mailFrom,
    mailDir: deps.config.mailDir,
    logger: app.log,
  });
  app.decorate("mailer", mailer);
  const secret = await loadAuthSecret(deps.db, deps.config.authSecret);
  const vapidKeys = await loadVapidKeys(deps.db, deps.config.vapid);
  const bus = await openBus({ db: deps.db, kind: deps.databaseKind, log: app.log });
  app.decorate("bus", bus);
  // Registered before the jobs' hook, so it runs after it (onClose hooks run last registered first): jobs publish
  // until they stop, and the database closes after the app (main.ts).
  app.addHook("onClose", async () => bus.close());
  const liveNotifications = createLiveNotifications(bus);
  const notificationDelivery = createNotificationDelivery({
    db: deps.db,
    mailer,
    live: liveNotifications,
    baseUrl: deps.config.baseUrl,
    platformName: deps.config.branding.name,
    secret,
  });
  const jobs = createJobRunner({
    db: deps.db,
    kinds: [
      mailer.delivery,
      notificationDelivery,
      createDigestDelivery({ db: deps.db, mailer, baseUrl: deps.config.baseUrl, secret }),
      createPushDelivery({
        db: deps.db,
        keys: vapidKeys,
        subject: deps.config.vapidSubject,
        ...(deps.pushAgent ? { agent: deps.pushAgent } : {}),
      }),
      ...createWebhookJobs({
        db: deps.db,
        baseUrl: deps.config.baseUrl,
        allowPrivate: deps.config.webhooks.allowPrivate,
        // Added to the system's authorities, not instead of them, and for webhook deliveries only.
        ca: deps.config.webhooks.caFile
          ? [...tls.rootCertificates, fs.readFileSync(deps.config.webhooks.caFile, "utf8")]
          : undefined,
      }),
    ],
    logger: app.log,
    leaseMs: deps.config.jobLeaseSeconds * 1000,
  });
  app.decorate("jobs", jobs);
  // A job enqueued in any process wakes this one's runner as its transaction commits.
  bus.subscribe("jobs", () => jobs.wake());
  app.addHook("onReady", async () => jobs.start());
  // Before the database closes (main.ts closes the app first): running jobs finish or are handed back.
  app.addHook("onClose", async () => jobs.stop());
  const auth = createAuth({ db: deps.db, config: deps.config, secret, mailer, logger: app.log });
  const notices = await changeNotices(deps.db, deps.databaseKind);
  app.decorate("changeNotices", notices);
  const readSession = createSessionReader({
    db: deps.db,
    notices,
    secret,
    cookieName: sessionCookieName(deps.config.baseUrl.startsWith("https://")),
  });
  registerActorLookup(app, auth, readSession);

  await registerOpenApi(app, {
    baseUrl: deps.config.baseUrl,
    authDocument: async () => (await auth.api.generateOpenAPISchema()) as unknown as AuthDocument,
  });
  await registerAuthRoutes(app, auth);
  await app.register(healthRoutes);
  await app.register(platformRoutes);
  await syncCatalogue(deps.db, { builtins: interlinkers.map((interlinker) => interlinker.manifest) });
  await app.register(accountRoutes);
  await app.register(notificationRoutes({ live: liveNotifications, secret }));
  await app.register(pushRoutes({ publicKey: vapidKeys.publicKey, pushServiceHosts: deps.config.pushServiceHosts }));
  await app.register(catalogueRoutes);
  await app.register(organizationRoutes);
  await app.register(teamRoutes);
  await app.register(processRoutes);
  await app.register(invitationRoutes);
  await app.register(participationRoutes);
  await app.register(claimRoutes);
  await app.register(assetRoutes);
  await app.register(reuseRoutes);
  await app.register(remoteInterlinkerRoutes);
  await app.register(webhookRoutes);
  await app.register(publicServiceRoutes);
  await app.register(publicServiceRdfRoutes);
  await app.register(storyRoutes);
  const upgradeHandlers = await interlinkerUpgrades(app);
  registerUpgrades(app, { trustedOrigins, handlers: upgradeHandlers });
  registerRobots(app);
  if (serveWeb) await registerWebApp(app, deps.config.branding, webRoot, [publicServicePage, storyPage]);

  return app;
}
