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
CREATE TABLE "interlinker_discussion_post" (
	"id" uuid PRIMARY KEY NOT NULL,
	"thread_id" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"author_id" text,
	"author_name" text,
	"source" text NOT NULL,
	"html" text NOT NULL,
	"mentions" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"hidden_at" timestamp with time zone,
	"hidden_by" text,
	"hidden_reason" text
);
--> statement-breakpoint
CREATE TABLE "interlinker_discussion_reaction" (
	"post_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interlinker_discussion_reaction_post_id_user_id_kind_pk" PRIMARY KEY("post_id","user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "interlinker_discussion_report" (
	"id" uuid PRIMARY KEY NOT NULL,
	"post_id" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"reporter_id" text,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" text,
	"resolution" text
);
--> statement-breakpoint
CREATE TABLE "interlinker_discussion_revision" (
	"id" uuid PRIMARY KEY NOT NULL,
	"post_id" uuid NOT NULL,
	"title" text,
	"source" text NOT NULL,
	"html" text NOT NULL,
	"written_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interlinker_discussion_thread" (
	"id" uuid PRIMARY KEY NOT NULL,
	"asset_id" uuid NOT NULL,
	"title" text NOT NULL,
	"author_id" text,
	"author_name" text,
	"answer_post_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_post_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interlinker_document" (
	"asset_id" uuid PRIMARY KEY NOT NULL,
	"state" "bytea" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interlinker_document_version" (
	"id" uuid PRIMARY KEY NOT NULL,
	"asset_id" uuid NOT NULL,
	"name" text NOT NULL,
	"state" "bytea" NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interlinker_decision_ballot" ADD CONSTRAINT "interlinker_decision_ballot_asset_id_interlinker_decision_poll_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."interlinker_decision_poll"("asset_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_decision_ballot" ADD CONSTRAINT "interlinker_decision_ballot_voter_id_user_id_fk" FOREIGN KEY ("voter_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_decision_option" ADD CONSTRAINT "interlinker_decision_option_asset_id_interlinker_decision_poll_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."interlinker_decision_poll"("asset_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_decision_poll" ADD CONSTRAINT "interlinker_decision_poll_asset_id_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."asset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_decision_poll" ADD CONSTRAINT "interlinker_decision_poll_closed_by_user_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_discussion_post" ADD CONSTRAINT "interlinker_discussion_post_thread_id_interlinker_discussion_thread_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."interlinker_discussion_thread"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_discussion_post" ADD CONSTRAINT "interlinker_discussion_post_asset_id_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."asset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_discussion_post" ADD CONSTRAINT "interlinker_discussion_post_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_discussion_post" ADD CONSTRAINT "interlinker_discussion_post_hidden_by_user_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_discussion_reaction" ADD CONSTRAINT "interlinker_discussion_reaction_post_id_interlinker_discussion_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."interlinker_discussion_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_discussion_reaction" ADD CONSTRAINT "interlinker_discussion_reaction_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_discussion_report" ADD CONSTRAINT "interlinker_discussion_report_post_id_interlinker_discussion_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."interlinker_discussion_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_discussion_report" ADD CONSTRAINT "interlinker_discussion_report_asset_id_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."asset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_discussion_report" ADD CONSTRAINT "interlinker_discussion_report_reporter_id_user_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_discussion_report" ADD CONSTRAINT "interlinker_discussion_report_resolved_by_user_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_discussion_revision" ADD CONSTRAINT "interlinker_discussion_revision_post_id_interlinker_discussion_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."interlinker_discussion_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_discussion_thread" ADD CONSTRAINT "interlinker_discussion_thread_asset_id_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."asset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_discussion_thread" ADD CONSTRAINT "interlinker_discussion_thread_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_document" ADD CONSTRAINT "interlinker_document_asset_id_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."asset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_document_version" ADD CONSTRAINT "interlinker_document_version_asset_id_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."asset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_document_version" ADD CONSTRAINT "interlinker_document_version_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interlinker_decision_option_asset_idx" ON "interlinker_decision_option" USING btree ("asset_id","position");--> statement-breakpoint
CREATE INDEX "interlinker_discussion_post_thread_idx" ON "interlinker_discussion_post" USING btree ("thread_id","id");--> statement-breakpoint
CREATE INDEX "interlinker_discussion_report_asset_idx" ON "interlinker_discussion_report" USING btree ("asset_id","id");--> statement-breakpoint
CREATE INDEX "interlinker_discussion_revision_post_idx" ON "interlinker_discussion_revision" USING btree ("post_id","id");--> statement-breakpoint
CREATE INDEX "interlinker_discussion_thread_asset_idx" ON "interlinker_discussion_thread" USING btree ("asset_id","id");--> statement-breakpoint
CREATE INDEX "interlinker_document_version_asset_idx" ON "interlinker_document_version" USING btree ("asset_id","id");