CREATE TABLE "contribution_claim" (
	"id" uuid PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"description" text NOT NULL,
	"asset_id" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"answer" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contribution_claim" ADD CONSTRAINT "contribution_claim_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contribution_claim" ADD CONSTRAINT "contribution_claim_item_id_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contribution_claim" ADD CONSTRAINT "contribution_claim_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contribution_claim" ADD CONSTRAINT "contribution_claim_asset_id_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."asset"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contribution_claim" ADD CONSTRAINT "contribution_claim_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contribution_claim_pending_idx" ON "contribution_claim" USING btree ("item_id","user_id") WHERE "contribution_claim"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "contribution_claim_item_idx" ON "contribution_claim" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "contribution_claim_process_idx" ON "contribution_claim" USING btree ("process_id");