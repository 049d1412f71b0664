CREATE TABLE "actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"title" text NOT NULL,
	"owner_id" uuid,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"target_kind" text NOT NULL,
	"target_id" text NOT NULL,
	"target_state" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actions_status_check" CHECK ("actions"."status" in ('open', 'in_progress', 'done', 'dropped')),
	CONSTRAINT "actions_target_check" CHECK (("actions"."target_kind" = 'practice' and "actions"."target_state" in ('manual', 'automated')) or ("actions"."target_kind" = 'gap' and "actions"."target_state" is null))
);
--> statement-breakpoint
CREATE TABLE "team_targets" (
	"workspace_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"level" smallint NOT NULL,
	"practices" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"due_date" date NOT NULL,
	"set_by" uuid,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_targets_workspace_id_team_id_pk" PRIMARY KEY("workspace_id","team_id"),
	CONSTRAINT "team_targets_level_check" CHECK ("team_targets"."level" between 1 and 4)
);
--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_workspace_id_team_id_teams_workspace_id_id_fk" FOREIGN KEY ("workspace_id","team_id") REFERENCES "public"."teams"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_workspace_id_assessment_id_assessments_workspace_id_id_fk" FOREIGN KEY ("workspace_id","assessment_id") REFERENCES "public"."assessments"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_targets" ADD CONSTRAINT "team_targets_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_targets" ADD CONSTRAINT "team_targets_workspace_id_team_id_teams_workspace_id_id_fk" FOREIGN KEY ("workspace_id","team_id") REFERENCES "public"."teams"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "actions_workspace_id_team_id_created_at_idx" ON "actions" USING btree ("workspace_id","team_id","created_at","id");--> statement-breakpoint
CREATE INDEX "actions_workspace_id_assessment_id_idx" ON "actions" USING btree ("workspace_id","assessment_id");--> statement-breakpoint
CREATE INDEX "actions_owner_id_idx" ON "actions" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "actions_created_by_idx" ON "actions" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "team_targets_set_by_idx" ON "team_targets" USING btree ("set_by");