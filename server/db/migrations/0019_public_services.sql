CREATE TABLE "public_service" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"identifier" text,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"keywords" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"thematic_areas" text[] DEFAULT '{}' NOT NULL,
	"sectors" text[] DEFAULT '{}' NOT NULL,
	"status" text,
	"details" jsonb NOT NULL,
	"visibility" text NOT NULL,
	"imported_from" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"search_document" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(name->>'en', '')), 'A') || setweight(to_tsvector('spanish', coalesce(name->>'es', '')), 'A') || setweight(to_tsvector('italian', coalesce(name->>'it', '')), 'A') || setweight(to_tsvector('simple', coalesce(name->>'lv', '')), 'A') || setweight(jsonb_to_tsvector('simple', keywords, '["string"]'), 'A') || setweight(to_tsvector('english', coalesce(description->>'en', '')), 'B') || setweight(to_tsvector('spanish', coalesce(description->>'es', '')), 'B') || setweight(to_tsvector('italian', coalesce(description->>'it', '')), 'B') || setweight(to_tsvector('simple', coalesce(description->>'lv', '')), 'B')) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_service_process" (
	"service_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	CONSTRAINT "public_service_process_service_id_process_id_pk" PRIMARY KEY("service_id","process_id")
);
--> statement-breakpoint
CREATE TABLE "public_service_relation" (
	"service_id" uuid NOT NULL,
	"related_id" uuid NOT NULL,
	CONSTRAINT "public_service_relation_service_id_related_id_pk" PRIMARY KEY("service_id","related_id")
);
--> statement-breakpoint
CREATE TABLE "public_service_revision" (
	"service_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"fields" text[] NOT NULL,
	"changed_by" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_service_revision_service_id_version_pk" PRIMARY KEY("service_id","version")
);
--> statement-breakpoint
ALTER TABLE "public_service" ADD CONSTRAINT "public_service_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_service" ADD CONSTRAINT "public_service_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_service_process" ADD CONSTRAINT "public_service_process_service_id_public_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."public_service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_service_process" ADD CONSTRAINT "public_service_process_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_service_relation" ADD CONSTRAINT "public_service_relation_service_id_public_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."public_service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_service_relation" ADD CONSTRAINT "public_service_relation_related_id_public_service_id_fk" FOREIGN KEY ("related_id") REFERENCES "public"."public_service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_service_revision" ADD CONSTRAINT "public_service_revision_service_id_public_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."public_service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_service_revision" ADD CONSTRAINT "public_service_revision_changed_by_user_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "public_service_listing_idx" ON "public_service" USING btree ("id" DESC NULLS LAST) WHERE "public_service"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "public_service_organization_idx" ON "public_service" USING btree ("organization_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "public_service_search_idx" ON "public_service" USING gin ("search_document");--> statement-breakpoint
CREATE INDEX "public_service_thematic_area_idx" ON "public_service" USING gin ("thematic_areas");--> statement-breakpoint
CREATE INDEX "public_service_process_process_idx" ON "public_service_process" USING btree ("process_id");