CREATE TABLE "interlinker_decision_ballot" (
	"asset_id" uuid NOT NULL,
	"voter_id" text NOT NULL,
	"choice" jsonb NOT NULL,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interlinker_decision_ballot_asset_id_voter_id_pk" PRIMARY KEY("asset_id","voter_id")
);
--> statement-breakpoint
CREATE TABLE "interlinker_decision_option" (
	"id" uuid PRIMARY KEY NOT NULL,
	"asset_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"stance" text
);
--> statement-breakpoint
CREATE TABLE "interlinker_decision_poll" (
	"asset_id" uuid PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"closes_at" timestamp with time zone,
	"quorum_percent" integer,
	"anonymous" boolean DEFAULT false NOT NULL,
	"hide_results_until_closed" boolean DEFAULT false NOT NULL,
	"dots" integer,
	"voter_team_ids" uuid[],
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"outcome" text,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interlinker_decision_ballot" ADD CONSTRAINT "interlinker_decision_ballot_asset_id_interlinker_decision_poll_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."interlinker_decision_poll"("asset_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_decision_ballot" ADD CONSTRAINT "interlinker_decision_ballot_voter_id_user_id_fk" FOREIGN KEY ("voter_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_decision_option" ADD CONSTRAINT "interlinker_decision_option_asset_id_interlinker_decision_poll_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."interlinker_decision_poll"("asset_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_decision_poll" ADD CONSTRAINT "interlinker_decision_poll_asset_id_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."asset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_decision_poll" ADD CONSTRAINT "interlinker_decision_poll_closed_by_user_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interlinker_decision_option_asset_idx" ON "interlinker_decision_option" USING btree ("asset_id","position");