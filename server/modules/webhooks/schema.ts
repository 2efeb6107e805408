import { z } from "zod";
import { notificationTypes } from "../../../common/notifications.js";
import { webhookDeliveryStatuses } from "../../db/schema/webhooks.js";
import { canMap, timestamp } from "../../http/schemas.js";

/** What a hook may subscribe to: any event type, or `*` for all of them (new types included). */
export const webhookEventChoices = ["*", ...notificationTypes] as const;

export const webhookActions = ["update", "delete", "test"] as const;

const webhookUrl = z
  .url({ message: "Give a full address, like https://example.org/hooks/interlink." })
  .max(2000)
  .refine((value) => value.startsWith("https://"), {
    message: "Webhooks are delivered over https only.",
    params: { code: "webhook_https_only" },
  })
  .refine(
    (value) => {
      // zod runs every check, so this one also sees what is not an address (already refused above).
      if (!URL.canParse(value)) return true;
      const url = new URL(value);
      return url.username === "" && url.password === "";
    },
    {
      // A password in the address would be stored and shown to every administrator: the secret proves who sends.
      message: "Leave user name and password out of the address: deliveries are signed instead.",
      params: { code: "webhook_credentials_in_url" },
    },
  )
  .describe("The receiver's https address. It must resolve to public internet addresses only.");

const webhookEvents = z
  .array(z.enum(webhookEventChoices))
  .min(1)
  .max(webhookEventChoices.length)
  .refine((events) => !events.includes("*") || events.length === 1, {
    message: "Choose all events (*) or a list of types, not both.",
    params: { code: "webhook_all_or_some" },
  })
  .describe('The event types to receive, or `["*"]` for every one, including types added later.');

export const webhookCreate = z.strictObject({ url: webhookUrl, events: webhookEvents }).meta({ id: "WebhookCreate" });

export const webhookUpdate = z
  .strictObject({
    url: webhookUrl.optional(),
    events: webhookEvents.optional(),
    active: z
      .boolean()
      .optional()
      .describe("false pauses it; true turns it on again and forgets the failures counted so far."),
  })
  .meta({ id: "WebhookUpdate" });

export const processWebhookParams = z.strictObject({
  id: z.uuid({ message: "Not a valid id." }),
  webhookId: z.uuid({ message: "Not a valid id." }),
});

export const webhookOutput = z
  .object({
    id: z.uuid(),
    processId: z.uuid().nullable().describe("null: a platform hook, which hears of every process's events."),
    url: z.string(),
    events: z.array(z.string()),
    active: z.boolean(),
    disabledReason: z.string().nullable().describe("Why the platform turned it off, when it did."),
    consecutiveFailures: z.number().int(),
    createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    createdAt: timestamp,
    can: canMap(webhookActions),
  })
  .meta({ id: "Webhook" });

export const webhookCreated = webhookOutput
  .extend({
    secret: z.string().describe("Signs every delivery (X-Interlink-Signature). Shown only in this answer: keep it."),
  })
  .meta({ id: "WebhookCreated" });

export const webhookDeliveryOutput = z
  .object({
    id: z.uuid().describe("Also sent as X-Interlink-Delivery: the same on every try."),
    eventId: z.uuid(),
    type: z.string(),
    status: z.enum(webhookDeliveryStatuses),
    attempts: z.number().int(),
    lastStatus: z.number().int().nullable().describe("The receiver's HTTP status on the last try."),
    responseMs: z.number().int().nullable(),
    error: z.string().nullable(),
    createdAt: timestamp,
    deliveredAt: timestamp.nullable(),
  })
  .meta({ id: "WebhookDelivery" });

export const webhookDetail = webhookOutput
  .extend({ deliveries: z.array(webhookDeliveryOutput).describe("The latest deliveries, newest first.") })
  .meta({ id: "WebhookDetail" });

export const webhookList = z.object({ items: z.array(webhookOutput) });
