DROP INDEX "invitations_workspace_id_idx";--> statement-breakpoint
DROP INDEX "assessments_workspace_id_team_id_idx";--> statement-breakpoint
DROP INDEX "respondent_links_workspace_id_assessment_id_idx";--> statement-breakpoint
DROP INDEX "responses_workspace_id_assessment_id_idx";--> statement-breakpoint
CREATE INDEX "invitations_workspace_id_created_at_id_idx" ON "invitations" USING btree ("workspace_id","created_at","id");--> statement-breakpoint
CREATE INDEX "teams_workspace_id_name_id_idx" ON "teams" USING btree ("workspace_id","name","id");--> statement-breakpoint
CREATE INDEX "assessments_workspace_id_created_at_id_idx" ON "assessments" USING btree ("workspace_id","created_at","id");--> statement-breakpoint
CREATE INDEX "assessments_workspace_id_team_id_created_at_id_idx" ON "assessments" USING btree ("workspace_id","team_id","created_at","id");--> statement-breakpoint
CREATE INDEX "respondent_links_workspace_id_assessment_id_created_at_id_idx" ON "respondent_links" USING btree ("workspace_id","assessment_id","created_at","id");--> statement-breakpoint
CREATE INDEX "responses_workspace_id_assessment_id_created_at_id_idx" ON "responses" USING btree ("workspace_id","assessment_id","created_at","id");