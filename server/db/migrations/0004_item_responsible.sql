CREATE TABLE "item_responsible" (
	"item_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	CONSTRAINT "item_responsible_item_id_user_id_pk" PRIMARY KEY("item_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "item_responsible" ADD CONSTRAINT "item_responsible_item_id_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_responsible" ADD CONSTRAINT "item_responsible_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "item_responsible_user_idx" ON "item_responsible" USING btree ("user_id");