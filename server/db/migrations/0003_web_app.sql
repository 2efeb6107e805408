CREATE TABLE "process_image" (
	"process_id" uuid PRIMARY KEY NOT NULL,
	"bytes" "bytea" NOT NULL,
	"etag" text NOT NULL,
	"alt" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interlinker" ALTER COLUMN "template" SET DATA TYPE jsonb USING CASE WHEN "template" IS NULL THEN NULL ELSE jsonb_build_object('en', "template") END;--> statement-breakpoint
ALTER TABLE "item" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "interlinker_decision_poll" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "process_image" ADD CONSTRAINT "process_image_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;