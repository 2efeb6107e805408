import path from "node:path";
import { z } from "zod";

/** Everything the platform reads from its environment, parsed once at start-up. */
const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().min(3).default("INTERLINK <no-reply@localhost>"),
  MAIL_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TRUST_PROXY: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
  JOB_LEASE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(120),
  RATE_LIMIT_AUTH_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_INVITATIONS_PER_HOUR: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_PARTICIPATION_REQUESTS_PER_HOUR: z.coerce.number().int().min(1).default(5),
  RATE_LIMIT_CLAIMS_PER_HOUR: z.coerce.number().int().min(1).default(30),
  WEBHOOKS_ALLOW_PRIVATE: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
  WEBHOOKS_CA_FILE: z.string().min(1).optional(),
  PLATFORM_NAME: z.string().trim().min(1).max(60).default("INTERLINK"),
  PLATFORM_COLOR: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #1f3a93")
    .refine((hex) => contrastWithWhite(hex) >= 4.5, "must have a contrast of at least 4.5:1 with white (WCAG AA)")
    .default("#364fc7"),
  PLATFORM_LOGO_URL: z.url({ protocol: /^https?$/ }).optional(),
  VAPID_PUBLIC_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{87}$/, "must be an uncompressed P-256 public key, base64url (87 characters)")
    .optional(),
  VAPID_PRIVATE_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, "must be a P-256 private key, base64url (43 characters)")
    .optional(),
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, "must be a mailto: address or an https:// URL")
    .optional(),
  PUSH_SERVICE_HOSTS: z
    .string()
    .regex(/^[a-z0-9.-]+(,[a-z0-9.-]+)*$/, "must be host names separated by commas, like fcm.googleapis.com")
    .optional(),
});

/**
 * The browsers' push services: a subscription's endpoint must be on one of these hosts or below them, so a
 * subscription cannot make this server post to an address of the operator's network.
 */
export const defaultPushServiceHosts = [
  "fcm.googleapis.com", // Chrome, Edge on Android, Opera, Samsung Internet
  "push.services.mozilla.com", // Firefox
  "push.apple.com", // Safari
  "notify.windows.com", // Edge on Windows
];

/** WCAG 2.1 contrast ratio of a colour against white, for text and buttons in the brand colour. */
export function contrastWithWhite(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  baseUrl: string;
  authSecret: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Without SMTP, where mails are written as files (default: `mail/` in the data directory). */
  mailDir: string;
  logLevel: z.infer<typeof environmentSchema>["LOG_LEVEL"];
  trustProxy: boolean;
  /** How long a background job is held by the process running it before another may take it again. */
  jobLeaseSeconds: number;
  rateLimitAuthPerMinute: number;
  /** How many invitations (people by e-mail, rights for other organizations' teams) one person sends per hour. */
  rateLimitInvitationsPerHour: number;
  /** How many times one person asks to take part in processes per hour: each asks the deciders' attention. */
  rateLimitParticipationRequestsPerHour: number;
  /** Contribution claims one person may make per hour. */
  rateLimitClaimsPerHour: number;
  webhooks: {
    /**
     * Deliver to hosts on loopback, private or link-local addresses: off by default, so nobody registering a hook
     * can make the server call into its own network; on for a receiver on the same machine (tests, an intranet).
     */
    allowPrivate: boolean;
    /** A PEM file of certificate authorities trusted for deliveries besides the system's (a private CA, tests). */
    caFile: string | undefined;
  };
  /** How this instance presents itself: each administration brands its own. */
  branding: { name: string; primaryColor: string; logoUrl: string | undefined };
  /** Web Push: the configured VAPID key pair (else one is made and kept in the database) and its contact. */
  vapid: { publicKey: string; privateKey: string } | undefined;
  vapidSubject: string;
  /** The hosts (and their subdomains) push subscriptions may point at. */
  pushServiceHosts: string[];
};

export class ConfigError extends Error {}

/** Reads the configuration from an environment; throws a ConfigError naming every bad variable. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  // Empty values are treated as unset, as most deployment tools write them for "not configured".
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ""));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  if ((env.VAPID_PUBLIC_KEY === undefined) !== (env.VAPID_PRIVATE_KEY === undefined)) {
    throw new ConfigError(
      "Invalid configuration:\n  VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY: give both keys of the pair, or neither",
    );
  }
  const baseUrl = (env.BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: path.resolve(env.DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    baseUrl,
    authSecret: env.AUTH_SECRET,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    mailDir: path.resolve(env.MAIL_DIR ?? path.join(env.DATA_DIR, "mail")),
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
    jobLeaseSeconds: env.JOB_LEASE_SECONDS,
    rateLimitAuthPerMinute: env.RATE_LIMIT_AUTH_PER_MINUTE,
    rateLimitInvitationsPerHour: env.RATE_LIMIT_INVITATIONS_PER_HOUR,
    rateLimitParticipationRequestsPerHour: env.RATE_LIMIT_PARTICIPATION_REQUESTS_PER_HOUR,
    rateLimitClaimsPerHour: env.RATE_LIMIT_CLAIMS_PER_HOUR,
    webhooks: { allowPrivate: env.WEBHOOKS_ALLOW_PRIVATE, caFile: env.WEBHOOKS_CA_FILE },
    branding: { name: env.PLATFORM_NAME, primaryColor: env.PLATFORM_COLOR, logoUrl: env.PLATFORM_LOGO_URL },
    vapid:
      env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY
        ? { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY }
        : undefined,
    vapidSubject: env.VAPID_SUBJECT ?? defaultVapidSubject(env.MAIL_FROM, baseUrl),
    pushServiceHosts: env.PUSH_SERVICE_HOSTS?.split(",") ?? defaultPushServiceHosts,
  };
}

/**
 * Whom a push service contacts about our messages: the mail sender's address; the platform's https address when
 * the sender is a placeholder on localhost (push services refuse those); the placeholder as the last resort.
 */
function defaultVapidSubject(mailFrom: string, baseUrl: string): string {
  const address = /<([^<>\s]+@[^<>\s]+)>/.exec(mailFrom)?.[1] ?? (/^\S+@\S+$/.test(mailFrom) ? mailFrom : undefined);
  const local = !address || /@localhost$/i.test(address);
  if (local && baseUrl.startsWith("https://")) return baseUrl;
  return `mailto:${address ?? "no-reply@localhost"}`;
}
