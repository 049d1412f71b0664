ALTER TABLE "workspaces" ADD COLUMN "anonymity_threshold" smallint DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "anonymity_changed_by" uuid;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "anonymity_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "anonymity_threshold" smallint DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_anonymity_changed_by_users_id_fk" FOREIGN KEY ("anonymity_changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "workspaces_anonymity_changed_by_idx" ON "workspaces" USING btree ("anonymity_changed_by");--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_anonymity_threshold_check" CHECK ("workspaces"."anonymity_threshold" between 1 and 10);--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_anonymity_threshold_check" CHECK ("assessments"."anonymity_threshold" between 1 and 10);