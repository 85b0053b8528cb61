CREATE TYPE "public"."review_action_status" AS ENUM('not_started', 'in_progress', 'done');--> statement-breakpoint
CREATE TYPE "public"."brief_section" AS ENUM('main-details', 'context', 'resources', 'equality', 'implementation', 'service-improvement', 'involvement-plan', 'impact-assessment');--> statement-breakpoint
CREATE TYPE "public"."checklist_item" AS ENUM('objectives-addressed', 'standards-met', 'costs-established', 'indicators-reviewed', 'success-measures', 'report-includes-costs', 'report-includes-good-practice', 'report-shows-involvement', 'changes-evidenced', 'involvement-impact-assessed', 'competition-challenged');--> statement-breakpoint
CREATE TYPE "public"."evidence_kind" AS ENUM('note', 'file', 'link', 'meeting', 'complaint', 'insight');--> statement-breakpoint
CREATE TYPE "public"."four_c" AS ENUM('challenge', 'compare', 'consult', 'compete');--> statement-breakpoint
CREATE TYPE "public"."group_member_kind" AS ENUM('staff', 'resident', 'partner');--> statement-breakpoint
CREATE TYPE "public"."review_stage" AS ENUM('scheduled', 'brief_agreed', 'planning', 'fieldwork', 'options_appraisal', 'reporting', 'approved', 'feedback_given', 'impact_assessed');--> statement-breakpoint
CREATE TYPE "public"."risk_level" AS ENUM('high', 'medium', 'low');--> statement-breakpoint
CREATE TYPE "public"."stars_criterion" AS ENUM('leadership', 'people', 'policy-and-strategy', 'partnerships-and-resources', 'processes', 'people-results', 'customer-results', 'social-results', 'key-performance-results', 'innovation-and-learning');--> statement-breakpoint
CREATE TABLE "market_test_scores" (
	"review_id" uuid NOT NULL,
	"criterion" smallint NOT NULL,
	"score" smallint NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"updated_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "market_test_scores_review_id_criterion_pk" PRIMARY KEY("review_id","criterion"),
	CONSTRAINT "market_test_scores_criterion_check" CHECK ("market_test_scores"."criterion" between 1 and 21),
	CONSTRAINT "market_test_scores_score_check" CHECK ("market_test_scores"."score" between 1 and 6)
);
--> statement-breakpoint
CREATE TABLE "review_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"action" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date NOT NULL,
	"status" "review_action_status" DEFAULT 'not_started' NOT NULL,
	"completed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_answer_evidence" (
	"answer_id" uuid NOT NULL,
	"evidence_id" uuid NOT NULL,
	CONSTRAINT "review_answer_evidence_answer_id_evidence_id_pk" PRIMARY KEY("answer_id","evidence_id")
);
--> statement-breakpoint
CREATE TABLE "review_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"four_c" "four_c" NOT NULL,
	"question" text NOT NULL,
	"answer" text NOT NULL,
	"updated_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_checklist" (
	"review_id" uuid NOT NULL,
	"item" "checklist_item" NOT NULL,
	"checked_on" date NOT NULL,
	"checked_by_user_id" uuid NOT NULL,
	CONSTRAINT "review_checklist_review_id_item_pk" PRIMARY KEY("review_id","item")
);
--> statement-breakpoint
CREATE TABLE "review_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"kind" "evidence_kind" NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"url" text,
	"meeting_on" date,
	"file_name" text,
	"mime_type" text,
	"content" "bytea",
	"byte_size" integer,
	"complaint_id" uuid,
	"snapshot" jsonb,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_group_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"kind" "group_member_kind" NOT NULL,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_improvement_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"on" date NOT NULL,
	"progress" text NOT NULL,
	"changes" text DEFAULT '' NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"name" text NOT NULL,
	"current" text DEFAULT '' NOT NULL,
	"target" text DEFAULT '' NOT NULL,
	"is_new" boolean DEFAULT false NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_objective_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"objective_id" uuid NOT NULL,
	"task" text NOT NULL,
	"owner" text NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_objective_tasks_dates_check" CHECK ("review_objective_tasks"."end_on" >= "review_objective_tasks"."start_on")
);
--> statement-breakpoint
CREATE TABLE "review_objectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"assessment_details" text DEFAULT '' NOT NULL,
	"improvement_action" text NOT NULL,
	"measure" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date NOT NULL,
	"evidence_summary" text DEFAULT '' NOT NULL,
	"resident_benefit" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_options" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"cost_pence" integer DEFAULT 0 NOT NULL,
	"benefits" text DEFAULT '' NOT NULL,
	"recommended" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_options_cost_check" CHECK ("review_options"."cost_pence" >= 0)
);
--> statement-breakpoint
CREATE TABLE "review_risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"summary" text NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"impact" "risk_level" NOT NULL,
	"likelihood" "risk_level" NOT NULL,
	"nature" text DEFAULT '' NOT NULL,
	"effect" text DEFAULT '' NOT NULL,
	"control_measures" text DEFAULT '' NOT NULL,
	"contingency" text DEFAULT '' NOT NULL,
	"indicators" text DEFAULT '' NOT NULL,
	"residual_risk" "risk_level",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_schedule_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"from_year" integer,
	"to_year" integer NOT NULL,
	"reason" text NOT NULL,
	"changed_by_user_id" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_sections" (
	"review_id" uuid NOT NULL,
	"section" "brief_section" NOT NULL,
	"fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_sections_review_id_section_pk" PRIMARY KEY("review_id","section")
);
--> statement-breakpoint
CREATE TABLE "review_stage_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"review_id" uuid NOT NULL,
	"from_stage" "review_stage",
	"to_stage" "review_stage" NOT NULL,
	"on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"changed_by_user_id" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_summaries" (
	"review_id" uuid NOT NULL,
	"language" text NOT NULL,
	"headline" text NOT NULL,
	"you_said" text NOT NULL,
	"we_did" text NOT NULL,
	"updated_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_summaries_review_id_language_pk" PRIMARY KEY("review_id","language")
);
--> statement-breakpoint
CREATE TABLE "service_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"landlord_id" uuid NOT NULL,
	"service_area_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"programme_year" integer NOT NULL,
	"stage" "review_stage" DEFAULT 'scheduled' NOT NULL,
	"lead_user_id" uuid,
	"start_on" date,
	"end_on" date,
	"brief_agreed_on" date,
	"approved_on" date,
	"approved_by_user_id" uuid,
	"feedback_given_on" date,
	"impact_assessed_on" date,
	"summary_english_only" boolean DEFAULT false NOT NULL,
	"summary_published_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_reviews_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "stars_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"landlord_id" uuid NOT NULL,
	"service_area_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stars_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"outside_service_team" boolean NOT NULL,
	"is_resident" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stars_ratings" (
	"assessment_id" uuid NOT NULL,
	"criterion" "stars_criterion" NOT NULL,
	"stars" smallint NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "stars_ratings_assessment_id_criterion_pk" PRIMARY KEY("assessment_id","criterion"),
	CONSTRAINT "stars_ratings_stars_check" CHECK ("stars_ratings"."stars" between 0 and 3)
);
--> statement-breakpoint
ALTER TABLE "market_test_scores" ADD CONSTRAINT "market_test_scores_review_id_service_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."service_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_test_scores" ADD CONSTRAINT "market_test_scores_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_actions" ADD CONSTRAINT "review_actions_review_id_service_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."service_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_answer_evidence" ADD CONSTRAINT "review_answer_evidence_answer_id_review_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."review_answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_answer_evidence" ADD CONSTRAINT "review_answer_evidence_evidence_id_review_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."review_evidence"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_answers" ADD CONSTRAINT "review_answers_review_id_service_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."service_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_answers" ADD CONSTRAINT "review_answers_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_checklist" ADD CONSTRAINT "review_checklist_review_id_service_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."service_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_checklist" ADD CONSTRAINT "review_checklist_checked_by_user_id_users_id_fk" FOREIGN KEY ("checked_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_evidence" ADD CONSTRAINT "review_evidence_review_id_service_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."service_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_evidence" ADD CONSTRAINT "review_evidence_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_evidence" ADD CONSTRAINT "review_evidence_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_group_members" ADD CONSTRAINT "review_group_members_review_id_service_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."service_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_group_members" ADD CONSTRAINT "review_group_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_improvement_updates" ADD CONSTRAINT "review_improvement_updates_review_id_service_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."service_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_improvement_updates" ADD CONSTRAINT "review_improvement_updates_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_indicators" ADD CONSTRAINT "review_indicators_review_id_service_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."service_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_objective_tasks" ADD CONSTRAINT "review_objective_tasks_objective_id_review_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."review_objectives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_objectives" ADD CONSTRAINT "review_objectives_review_id_service_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."service_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_options" ADD CONSTRAINT "review_options_review_id_service_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."service_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_risks" ADD CONSTRAINT "review_risks_review_id_service_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."service_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_schedule_changes" ADD CONSTRAINT "review_schedule_changes_review_id_service_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."service_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_schedule_changes" ADD CONSTRAINT "review_schedule_changes_changed_by_user_id_users_id_fk" FOREIGN KEY ("changed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_sections" ADD CONSTRAINT "review_sections_review_id_service_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."service_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_sections" ADD CONSTRAINT "review_sections_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_stage_changes" ADD CONSTRAINT "review_stage_changes_review_id_service_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."service_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_stage_changes" ADD CONSTRAINT "review_stage_changes_changed_by_user_id_users_id_fk" FOREIGN KEY ("changed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_summaries" ADD CONSTRAINT "review_summaries_review_id_service_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."service_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_summaries" ADD CONSTRAINT "review_summaries_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_reviews" ADD CONSTRAINT "service_reviews_landlord_id_landlords_id_fk" FOREIGN KEY ("landlord_id") REFERENCES "public"."landlords"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_reviews" ADD CONSTRAINT "service_reviews_service_area_id_service_areas_id_fk" FOREIGN KEY ("service_area_id") REFERENCES "public"."service_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_reviews" ADD CONSTRAINT "service_reviews_lead_user_id_users_id_fk" FOREIGN KEY ("lead_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_reviews" ADD CONSTRAINT "service_reviews_approved_by_user_id_users_id_fk" FOREIGN KEY ("approved_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_reviews" ADD CONSTRAINT "service_reviews_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stars_assessments" ADD CONSTRAINT "stars_assessments_landlord_id_landlords_id_fk" FOREIGN KEY ("landlord_id") REFERENCES "public"."landlords"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stars_assessments" ADD CONSTRAINT "stars_assessments_service_area_id_service_areas_id_fk" FOREIGN KEY ("service_area_id") REFERENCES "public"."service_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stars_assessments" ADD CONSTRAINT "stars_assessments_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stars_participants" ADD CONSTRAINT "stars_participants_assessment_id_stars_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."stars_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stars_ratings" ADD CONSTRAINT "stars_ratings_assessment_id_stars_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."stars_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_actions_review_id_index" ON "review_actions" USING btree ("review_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_answers_review_id_question_index" ON "review_answers" USING btree ("review_id","question");--> statement-breakpoint
CREATE INDEX "review_evidence_review_id_index" ON "review_evidence" USING btree ("review_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_evidence_complaint_once" ON "review_evidence" USING btree ("review_id","complaint_id");--> statement-breakpoint
CREATE INDEX "review_group_members_review_id_index" ON "review_group_members" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "review_improvement_updates_review_id_on_index" ON "review_improvement_updates" USING btree ("review_id","on");--> statement-breakpoint
CREATE INDEX "review_indicators_review_id_index" ON "review_indicators" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "review_objective_tasks_objective_id_index" ON "review_objective_tasks" USING btree ("objective_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_objectives_review_id_position_index" ON "review_objectives" USING btree ("review_id","position");--> statement-breakpoint
CREATE INDEX "review_options_review_id_index" ON "review_options" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "review_risks_review_id_index" ON "review_risks" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "review_schedule_changes_review_id_index" ON "review_schedule_changes" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "review_stage_changes_review_id_id_index" ON "review_stage_changes" USING btree ("review_id","id");--> statement-breakpoint
CREATE INDEX "service_reviews_landlord_id_programme_year_index" ON "service_reviews" USING btree ("landlord_id","programme_year");--> statement-breakpoint
CREATE INDEX "service_reviews_service_area_id_stage_index" ON "service_reviews" USING btree ("service_area_id","stage");--> statement-breakpoint
CREATE INDEX "stars_assessments_service_area_id_assessed_on_index" ON "stars_assessments" USING btree ("service_area_id","assessed_on");--> statement-breakpoint
CREATE INDEX "stars_participants_assessment_id_index" ON "stars_participants" USING btree ("assessment_id");