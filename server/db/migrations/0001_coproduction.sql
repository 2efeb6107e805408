CREATE TABLE "interlinker" (
	"id" text PRIMARY KEY NOT NULL,
	"nature" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"instructions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"functions" text[] DEFAULT '{}' NOT NULL,
	"problem_profiles" text[] DEFAULT '{}' NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"licence" text NOT NULL,
	"difficulty" text NOT NULL,
	"administrative_scopes" text[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"url" text,
	"software_interlinker_id" text,
	"template" text,
	"origin" text NOT NULL,
	"service_url" text,
	"search_document" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(name->>'en', '')), 'A') || setweight(to_tsvector('spanish', coalesce(name->>'es', '')), 'A') || setweight(to_tsvector('italian', coalesce(name->>'it', '')), 'A') || setweight(to_tsvector('simple', coalesce(name->>'lv', '')), 'A') || setweight(to_tsvector('english', coalesce(description->>'en', '')), 'B') || setweight(to_tsvector('spanish', coalesce(description->>'es', '')), 'B') || setweight(to_tsvector('italian', coalesce(description->>'it', '')), 'B') || setweight(to_tsvector('simple', coalesce(description->>'lv', '')), 'B')) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interlinker_rating" (
	"interlinker_id" text NOT NULL,
	"user_id" text NOT NULL,
	"stars" integer NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interlinker_rating_interlinker_id_user_id_pk" PRIMARY KEY("interlinker_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "problem_profile" (
	"id" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "process_schema" (
	"id" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"tree" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity" (
	"id" uuid PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"sequence" bigint NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text NOT NULL,
	"summary" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"previous_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asset" (
	"id" uuid PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"url" text,
	"interlinker_id" text,
	"knowledge_interlinker_id" text,
	"external_id" text,
	"cloned_from" uuid,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grant" (
	"id" uuid PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"item_id" uuid,
	"team_id" uuid,
	"user_id" text,
	"rights" text[] NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_one_grantee" CHECK (("grant"."team_id" is null) <> ("grant"."user_id" is null))
);
--> statement-breakpoint
CREATE TABLE "item" (
	"id" uuid PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"parent_id" uuid,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	"status" text DEFAULT 'awaiting' NOT NULL,
	"start_date" date,
	"end_date" date,
	"problem_profiles" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "item_dates_ordered" CHECK ("item"."start_date" is null or "item"."end_date" is null or "item"."start_date" <= "item"."end_date")
);
--> statement-breakpoint
CREATE TABLE "item_prerequisite" (
	"item_id" uuid NOT NULL,
	"prerequisite_id" uuid NOT NULL,
	CONSTRAINT "item_prerequisite_item_id_prerequisite_id_pk" PRIMARY KEY("item_id","prerequisite_id")
);
--> statement-breakpoint
CREATE TABLE "process" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"aim" text DEFAULT '' NOT NULL,
	"language" text NOT NULL,
	"organization_id" uuid,
	"governance_model" text NOT NULL,
	"visibility" text NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"schema_id" text,
	"cloned_from" jsonb,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "process_administrator" (
	"process_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "process_administrator_process_id_user_id_pk" PRIMARY KEY("process_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "interlinker_note" (
	"asset_id" uuid PRIMARY KEY NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interlinker_rating" ADD CONSTRAINT "interlinker_rating_interlinker_id_interlinker_id_fk" FOREIGN KEY ("interlinker_id") REFERENCES "public"."interlinker"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_rating" ADD CONSTRAINT "interlinker_rating_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset" ADD CONSTRAINT "asset_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset" ADD CONSTRAINT "asset_task_id_item_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset" ADD CONSTRAINT "asset_interlinker_id_interlinker_id_fk" FOREIGN KEY ("interlinker_id") REFERENCES "public"."interlinker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset" ADD CONSTRAINT "asset_knowledge_interlinker_id_interlinker_id_fk" FOREIGN KEY ("knowledge_interlinker_id") REFERENCES "public"."interlinker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset" ADD CONSTRAINT "asset_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant" ADD CONSTRAINT "grant_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant" ADD CONSTRAINT "grant_item_id_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant" ADD CONSTRAINT "grant_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant" ADD CONSTRAINT "grant_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant" ADD CONSTRAINT "grant_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item" ADD CONSTRAINT "item_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_prerequisite" ADD CONSTRAINT "item_prerequisite_item_id_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_prerequisite" ADD CONSTRAINT "item_prerequisite_prerequisite_id_item_id_fk" FOREIGN KEY ("prerequisite_id") REFERENCES "public"."item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process" ADD CONSTRAINT "process_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process" ADD CONSTRAINT "process_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_administrator" ADD CONSTRAINT "process_administrator_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_administrator" ADD CONSTRAINT "process_administrator_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interlinker_note" ADD CONSTRAINT "interlinker_note_asset_id_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."asset"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interlinker_search_idx" ON "interlinker" USING gin ("search_document");--> statement-breakpoint
CREATE INDEX "interlinker_problem_profiles_idx" ON "interlinker" USING gin ("problem_profiles");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_sequence_idx" ON "activity" USING btree ("process_id","sequence");--> statement-breakpoint
CREATE INDEX "asset_task_idx" ON "asset" USING btree ("task_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "asset_process_idx" ON "asset" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "grant_process_idx" ON "grant" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "grant_user_idx" ON "grant" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "grant_team_idx" ON "grant" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "item_process_idx" ON "item" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "item_parent_idx" ON "item" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "process_listing_idx" ON "process" USING btree ("id" DESC NULLS LAST) WHERE "process"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "process_public_listing_idx" ON "process" USING btree ("id" DESC NULLS LAST) WHERE "process"."deleted_at" is null and "process"."visibility" = 'public';--> statement-breakpoint
CREATE INDEX "process_administrator_user_idx" ON "process_administrator" USING btree ("user_id");