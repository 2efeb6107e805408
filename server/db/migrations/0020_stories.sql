CREATE TABLE "story" (
	"id" uuid PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"status" text NOT NULL,
	"language" text NOT NULL,
	"title" jsonb NOT NULL,
	"problem" jsonb NOT NULL,
	"phases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"outcomes" jsonb NOT NULL,
	"lessons" jsonb NOT NULL,
	"keywords" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"public_service_id" uuid,
	"shown_asset_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"structure" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"consents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published_by" text,
	"published_at" timestamp with time zone,
	"unpublished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_document" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title->>'en', '')), 'A') || setweight(to_tsvector('spanish', coalesce(title->>'es', '')), 'A') || setweight(to_tsvector('italian', coalesce(title->>'it', '')), 'A') || setweight(to_tsvector('simple', coalesce(title->>'lv', '')), 'A') || setweight(to_tsvector('english', coalesce(problem->>'en', '')), 'B') || setweight(to_tsvector('spanish', coalesce(problem->>'es', '')), 'B') || setweight(to_tsvector('italian', coalesce(problem->>'it', '')), 'B') || setweight(to_tsvector('simple', coalesce(problem->>'lv', '')), 'B') || setweight(to_tsvector('english', coalesce(outcomes->>'en', '')), 'C') || setweight(to_tsvector('spanish', coalesce(outcomes->>'es', '')), 'C') || setweight(to_tsvector('italian', coalesce(outcomes->>'it', '')), 'C') || setweight(to_tsvector('simple', coalesce(outcomes->>'lv', '')), 'C') || setweight(to_tsvector('english', coalesce(lessons->>'en', '')), 'C') || setweight(to_tsvector('spanish', coalesce(lessons->>'es', '')), 'C') || setweight(to_tsvector('italian', coalesce(lessons->>'it', '')), 'C') || setweight(to_tsvector('simple', coalesce(lessons->>'lv', '')), 'C') || setweight(jsonb_to_tsvector('simple', keywords, '["string"]'), 'A')) STORED NOT NULL,
	CONSTRAINT "story_process_id_unique" UNIQUE("process_id")
);
--> statement-breakpoint
CREATE TABLE "story_credit" (
	"story_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "story_credit_story_id_user_id_pk" PRIMARY KEY("story_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "story_image" (
	"story_id" uuid PRIMARY KEY NOT NULL,
	"bytes" "bytea" NOT NULL,
	"etag" text NOT NULL,
	"alt" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "story_rating" (
	"story_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"stars" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "story_rating_story_id_user_id_pk" PRIMARY KEY("story_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "story" ADD CONSTRAINT "story_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story" ADD CONSTRAINT "story_public_service_id_public_service_id_fk" FOREIGN KEY ("public_service_id") REFERENCES "public"."public_service"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story" ADD CONSTRAINT "story_published_by_user_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_credit" ADD CONSTRAINT "story_credit_story_id_story_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."story"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_credit" ADD CONSTRAINT "story_credit_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_image" ADD CONSTRAINT "story_image_story_id_story_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."story"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_rating" ADD CONSTRAINT "story_rating_story_id_story_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."story"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_rating" ADD CONSTRAINT "story_rating_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "story_published_idx" ON "story" USING btree ("published_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "story"."status" = 'published';--> statement-breakpoint
CREATE INDEX "story_search_idx" ON "story" USING gin ("search_document");