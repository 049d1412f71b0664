CREATE TABLE "client_benchmark_releases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"fingerprint" text NOT NULL,
	"contributors" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "client_benchmark_releases_workspace_id_fingerprint_key" UNIQUE("workspace_id","fingerprint")
);
--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "client_benchmark" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "client_benchmark_releases" ADD CONSTRAINT "client_benchmark_releases_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;