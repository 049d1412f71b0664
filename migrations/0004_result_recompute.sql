ALTER TABLE "assessment_results" ADD COLUMN "recomputed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD COLUMN "recomputed_by" uuid;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD COLUMN "recomputed_by_name" text;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD COLUMN "previous_engine_version" text;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_recomputed_check" CHECK (("assessment_results"."recomputed_at" is null) = ("assessment_results"."previous_engine_version" is null) and ("assessment_results"."recomputed_at" is null) = ("assessment_results"."recomputed_by_name" is null));