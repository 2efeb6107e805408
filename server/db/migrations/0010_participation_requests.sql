CREATE TABLE "participation_request" (
	"id" uuid PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"answer" text,
	"team_id" uuid,
	"rights" text[],
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "participation_request" ADD CONSTRAINT "participation_request_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_request" ADD CONSTRAINT "participation_request_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_request" ADD CONSTRAINT "participation_request_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_request" ADD CONSTRAINT "participation_request_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "participation_request_pending_idx" ON "participation_request" USING btree ("process_id","user_id") WHERE "participation_request"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "participation_request_process_idx" ON "participation_request" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "participation_request_user_idx" ON "participation_request" USING btree ("user_id");