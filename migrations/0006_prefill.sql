ALTER TABLE "assessments" ADD COLUMN "prefill" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "prefilled_from_response_id" uuid;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "prefilled_question_ids" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_prefilled_from_response_id_responses_id_fk" FOREIGN KEY ("prefilled_from_response_id") REFERENCES "public"."responses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "responses_prefilled_from_response_id_idx" ON "responses" USING btree ("prefilled_from_response_id");