CREATE TABLE "process_rule" (
	"id" uuid PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"item_id" uuid,
	"action" text NOT NULL,
	"permitted_by" text[] NOT NULL,
	"sides" jsonb,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interlinker_decision_consent" (
	"asset_id" uuid NOT NULL,
	"side" integer NOT NULL,
	"user_id" text NOT NULL,
	"outcome" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interlinker_decision_consent_asset_id_side_pk" PRIMARY KEY("asset_id","side")
);
--> statement-breakpoint
ALTER TABLE "process_rule" ADD CONSTRAINT "process_rule_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_rule" ADD CONSTRAINT "process_rule_item_id_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_decision_consent" ADD CONSTRAINT "interlinker_decision_consent_asset_id_interlinker_decision_poll_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."interlinker_decision_poll"("asset_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_decision_consent" ADD CONSTRAINT "interlinker_decision_consent_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "process_rule_process_idx" ON "process_rule" USING btree ("process_id","position");--> statement-breakpoint
-- Existing processes get their model's preset (common/governance.ts, rulebookPresets), as new ones do.
INSERT INTO "process_rule" ("id", "process_id", "action", "permitted_by", "sides", "position")
SELECT gen_random_uuid(), p."id", r.action, r.permitted_by, r.sides, r.position
FROM "process" p
JOIN (VALUES
  ('C2G', 'propose_item', ARRAY['administrators', 'participants']::text[], NULL::jsonb, 0),
  ('C2G', 'add_assets', ARRAY['participants']::text[], NULL::jsonb, 1),
  ('C2G', 'start_decision', ARRAY['participants']::text[], NULL::jsonb, 2),
  ('C2G', 'vote', ARRAY['participants']::text[], NULL::jsonb, 3),
  ('C2G', 'close_decision', ARRAY['teams_of_type:public_administration']::text[], NULL::jsonb, 4),
  ('C2G', 'moderate', ARRAY['administrators', 'teams_of_type:public_administration']::text[], NULL::jsonb, 5),
  ('C2G', 'finish_item', ARRAY['administrators', 'participants']::text[], NULL::jsonb, 6),
  ('C2G', 'publish', ARRAY['teams_of_type:public_administration']::text[], NULL::jsonb, 7),
  ('C2G', 'change_rules', ARRAY['administrators']::text[], NULL::jsonb, 8),
  ('G+G', 'propose_item', ARRAY['administrators', 'participants']::text[], NULL::jsonb, 0),
  ('G+G', 'add_assets', ARRAY['participants']::text[], NULL::jsonb, 1),
  ('G+G', 'start_decision', ARRAY['participants']::text[], NULL::jsonb, 2),
  ('G+G', 'vote', ARRAY['participants']::text[], NULL::jsonb, 3),
  ('G+G', 'close_decision', ARRAY['teams_of_type:public_administration', 'teams_of_type:nonprofit_organization', 'teams_of_type:forprofit_organization', 'teams_of_type:citizen']::text[], '[["teams_of_type:public_administration"],["teams_of_type:nonprofit_organization","teams_of_type:forprofit_organization","teams_of_type:citizen"]]'::jsonb, 4),
  ('G+G', 'moderate', ARRAY['administrators']::text[], NULL::jsonb, 5),
  ('G+G', 'finish_item', ARRAY['administrators', 'participants']::text[], NULL::jsonb, 6),
  ('G+G', 'publish', ARRAY['teams_of_type:public_administration', 'teams_of_type:nonprofit_organization', 'teams_of_type:forprofit_organization', 'teams_of_type:citizen']::text[], '[["teams_of_type:public_administration"],["teams_of_type:nonprofit_organization","teams_of_type:forprofit_organization","teams_of_type:citizen"]]'::jsonb, 7),
  ('G+G', 'change_rules', ARRAY['administrators']::text[], NULL::jsonb, 8),
  ('G2C', 'propose_item', ARRAY['administrators', 'teams_of_type:public_administration']::text[], NULL::jsonb, 0),
  ('G2C', 'add_assets', ARRAY['participants']::text[], NULL::jsonb, 1),
  ('G2C', 'start_decision', ARRAY['participants']::text[], NULL::jsonb, 2),
  ('G2C', 'vote', ARRAY['participants']::text[], NULL::jsonb, 3),
  ('G2C', 'close_decision', ARRAY['participants']::text[], NULL::jsonb, 4),
  ('G2C', 'moderate', ARRAY['administrators', 'teams_of_type:public_administration']::text[], NULL::jsonb, 5),
  ('G2C', 'finish_item', ARRAY['administrators', 'participants']::text[], NULL::jsonb, 6),
  ('G2C', 'publish', ARRAY['teams_of_type:public_administration']::text[], NULL::jsonb, 7),
  ('G2C', 'change_rules', ARRAY['administrators']::text[], NULL::jsonb, 8),
  ('C2C', 'propose_item', ARRAY['administrators', 'teams_of_type:citizen']::text[], NULL::jsonb, 0),
  ('C2C', 'add_assets', ARRAY['teams_of_type:citizen']::text[], NULL::jsonb, 1),
  ('C2C', 'start_decision', ARRAY['teams_of_type:citizen']::text[], NULL::jsonb, 2),
  ('C2C', 'vote', ARRAY['teams_of_type:citizen']::text[], NULL::jsonb, 3),
  ('C2C', 'close_decision', ARRAY['teams_of_type:citizen']::text[], NULL::jsonb, 4),
  ('C2C', 'moderate', ARRAY['administrators', 'teams_of_type:citizen']::text[], NULL::jsonb, 5),
  ('C2C', 'finish_item', ARRAY['administrators', 'teams_of_type:citizen']::text[], NULL::jsonb, 6),
  ('C2C', 'publish', ARRAY['administrators']::text[], NULL::jsonb, 7),
  ('C2C', 'change_rules', ARRAY['administrators']::text[], NULL::jsonb, 8)
) AS r(model, action, permitted_by, sides, position) ON r.model = p."governance_model";
