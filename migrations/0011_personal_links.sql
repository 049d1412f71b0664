ALTER TABLE "respondent_links" ADD COLUMN "kind" text DEFAULT 'shared' NOT NULL;--> statement-breakpoint
ALTER TABLE "respondent_links" ADD COLUMN "replaced_by_id" uuid;--> statement-breakpoint
ALTER TABLE "respondent_links" ADD CONSTRAINT "respondent_links_replaced_by_id_respondent_links_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."respondent_links"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "respondent_links_replaced_by_id_idx" ON "respondent_links" USING btree ("replaced_by_id");--> statement-breakpoint
ALTER TABLE "respondent_links" ADD CONSTRAINT "respondent_links_kind_check" CHECK ("respondent_links"."kind" in ('shared', 'personal'));--> statement-breakpoint
ALTER TABLE "respondent_links" ADD CONSTRAINT "respondent_links_personal_label_check" CHECK ("respondent_links"."kind" = 'shared' or "respondent_links"."label" is not null);--> statement-breakpoint
ALTER TABLE "respondent_links" ADD CONSTRAINT "respondent_links_replaced_check" CHECK ("respondent_links"."replaced_by_id" is null or ("respondent_links"."kind" = 'personal' and "respondent_links"."revoked_at" is not null));