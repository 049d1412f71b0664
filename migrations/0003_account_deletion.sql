ALTER TABLE "responses" DROP CONSTRAINT "responses_respondent_check";--> statement-breakpoint
ALTER TABLE "responses" DROP CONSTRAINT "responses_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_respondent_check" CHECK (("responses"."user_id" is null or "responses"."access_key_hash" is null) and ("responses"."user_id" is not null or "responses"."access_key_hash" is not null or "responses"."status" = 'submitted'));