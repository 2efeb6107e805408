CREATE TABLE "item_gate" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"approvers" text[] NOT NULL,
	"sides" jsonb,
	"required" integer NOT NULL,
	"decision_asset_id" uuid,
	"preset" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "item_gate_approval" (
	"item_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"verdict" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"sides" integer[] DEFAULT '{}' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "item_gate_approval_item_id_user_id_pk" PRIMARY KEY("item_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "item" ADD COLUMN "co_delivery" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "item_gate" ADD CONSTRAINT "item_gate_item_id_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_gate" ADD CONSTRAINT "item_gate_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_gate" ADD CONSTRAINT "item_gate_decision_asset_id_asset_id_fk" FOREIGN KEY ("decision_asset_id") REFERENCES "public"."asset"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_gate_approval" ADD CONSTRAINT "item_gate_approval_item_id_item_gate_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."item_gate"("item_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_gate_approval" ADD CONSTRAINT "item_gate_approval_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "item_gate_process_idx" ON "item_gate" USING btree ("process_id");--> statement-breakpoint
-- The default schema marks Build and Sustain as co-delivery (catalogue seed); phases laid out from it before the
-- mark existed get it by their English name, which the layout always stored in `translations`.
UPDATE "item" SET "co_delivery" = true
WHERE "type" = 'phase'
  AND "translations"->'name'->>'en' IN ('Build', 'Sustain')
  AND "process_id" IN (SELECT "id" FROM "process" WHERE "schema_id" = 'default');--> statement-breakpoint
-- Existing processes get their model's preset gates (common/governance.ts, rulebookPresets), as new ones do:
-- C2G every phase by a public administration; G+G every phase by one of each side; G2C the co-delivery phases.
INSERT INTO "item_gate" ("item_id", "process_id", "approvers", "sides", "required", "preset")
SELECT i."id", i."process_id", g.approvers, g.sides, g.required, true
FROM "item" i
JOIN "process" p ON p."id" = i."process_id"
JOIN (VALUES
  ('C2G', false, ARRAY['teams_of_type:public_administration']::text[], NULL::jsonb, 1),
  ('G+G', false, ARRAY['teams_of_type:public_administration', 'teams_of_type:nonprofit_organization', 'teams_of_type:forprofit_organization', 'teams_of_type:citizen']::text[], '[["teams_of_type:public_administration"],["teams_of_type:nonprofit_organization","teams_of_type:forprofit_organization","teams_of_type:citizen"]]'::jsonb, 2),
  ('G2C', true, ARRAY['teams_of_type:public_administration']::text[], NULL::jsonb, 1)
) AS g(model, co_delivery_only, approvers, sides, required) ON g.model = p."governance_model"
WHERE i."type" = 'phase' AND (NOT g.co_delivery_only OR i."co_delivery");
