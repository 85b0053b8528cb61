CREATE TYPE "public"."cause_category" AS ENUM('delay', 'quality-of-work', 'communication', 'missed-appointment', 'staff-conduct', 'policy-or-process', 'contractor', 'condition-of-home', 'neighbourhood', 'other');--> statement-breakpoint
CREATE TYPE "public"."complaint_channel" AS ENUM('portal', 'phone', 'letter', 'email', 'in-person');--> statement-breakpoint
CREATE TYPE "public"."complaint_status" AS ENUM('received', 'stage1-acknowledged', 'stage1-extended', 'stage1-responded', 'escalated', 'stage2-acknowledged', 'stage2-extended', 'final-response', 'closed', 'refused', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."point_decision" AS ENUM('upheld', 'partly-upheld', 'not-upheld');--> statement-breakpoint
CREATE TYPE "public"."refusal_reason" AS ENUM('older-than-12-months', 'legal-proceedings-started', 'already-considered');--> statement-breakpoint
CREATE TYPE "public"."message_delivery" AS ENUM('portal', 'email');--> statement-breakpoint
CREATE TYPE "public"."job_state" AS ENUM('queued', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TABLE "complaint_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"stage" smallint NOT NULL,
	"description" text NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_id" uuid NOT NULL,
	"complaint_id" uuid,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_drafts" (
	"resident_id" uuid PRIMARY KEY NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL,
	"type" text NOT NULL,
	"on" date NOT NULL,
	"actor_user_id" uuid,
	"visible_to_resident" boolean NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"stage" smallint NOT NULL,
	"position" smallint NOT NULL,
	"summary" text NOT NULL,
	"decision" "point_decision",
	"reasons" text
);
--> statement-breakpoint
CREATE TABLE "complaint_sequences" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_stages" (
	"complaint_id" uuid NOT NULL,
	"stage" smallint NOT NULL,
	"acknowledged_on" date NOT NULL,
	"handler_user_id" uuid NOT NULL,
	"extension_granted_on" date,
	"extension_working_days" integer,
	"extension_reason" text,
	"responded_on" date,
	"responded_by_user_id" uuid,
	"compensation_pence" integer,
	"apology" boolean,
	"response_summary" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaint_stages_complaint_id_stage_pk" PRIMARY KEY("complaint_id","stage"),
	CONSTRAINT "complaint_stages_stage_check" CHECK ("complaint_stages"."stage" in (1, 2)),
	CONSTRAINT "complaint_stages_compensation_check" CHECK ("complaint_stages"."compensation_pence" is null or "complaint_stages"."compensation_pence" >= 0)
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"landlord_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"resident_id" uuid NOT NULL,
	"service_area_id" uuid NOT NULL,
	"channel" "complaint_channel" NOT NULL,
	"what_happened" text NOT NULL,
	"put_right" text NOT NULL,
	"language" text NOT NULL,
	"contact_method" text NOT NULL,
	"contact_detail" text DEFAULT '' NOT NULL,
	"status" "complaint_status" DEFAULT 'received' NOT NULL,
	"received_on" date NOT NULL,
	"last_event_on" date NOT NULL,
	"escalated_on" date,
	"closed_on" date,
	"cause_category" "cause_category",
	"lessons_learnt" text,
	"refused_on" date,
	"refusal_reason" "refusal_reason",
	"refusal_explanation" text,
	"withdrawn_on" date,
	"next_due_on" date,
	"recorded_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaints_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "landlord_holidays" (
	"landlord_id" uuid NOT NULL,
	"on" date NOT NULL,
	"name" text NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "landlord_holidays_landlord_id_on_pk" PRIMARY KEY("landlord_id","on")
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"state" "job_state" DEFAULT 'queued' NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"locked_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "resident_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"resident_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"language" text NOT NULL,
	"topic" jsonb,
	"delivery" "message_delivery" NOT NULL,
	"emailed_to" text,
	"job_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "resident_messages_jobId_unique" UNIQUE("job_id")
);
--> statement-breakpoint
ALTER TABLE "complaint_actions" ADD CONSTRAINT "complaint_actions_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_actions" ADD CONSTRAINT "complaint_actions_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_attachments" ADD CONSTRAINT "complaint_attachments_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_attachments" ADD CONSTRAINT "complaint_attachments_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_attachments" ADD CONSTRAINT "complaint_attachments_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_drafts" ADD CONSTRAINT "complaint_drafts_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_events" ADD CONSTRAINT "complaint_events_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_events" ADD CONSTRAINT "complaint_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_points" ADD CONSTRAINT "complaint_points_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_stages" ADD CONSTRAINT "complaint_stages_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_stages" ADD CONSTRAINT "complaint_stages_handler_user_id_users_id_fk" FOREIGN KEY ("handler_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_stages" ADD CONSTRAINT "complaint_stages_responded_by_user_id_users_id_fk" FOREIGN KEY ("responded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_landlord_id_landlords_id_fk" FOREIGN KEY ("landlord_id") REFERENCES "public"."landlords"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_service_area_id_service_areas_id_fk" FOREIGN KEY ("service_area_id") REFERENCES "public"."service_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "landlord_holidays" ADD CONSTRAINT "landlord_holidays_landlord_id_landlords_id_fk" FOREIGN KEY ("landlord_id") REFERENCES "public"."landlords"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "landlord_holidays" ADD CONSTRAINT "landlord_holidays_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_messages" ADD CONSTRAINT "resident_messages_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaint_actions_complaint_id_index" ON "complaint_actions" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "complaint_actions_owner_user_id_done_on_index" ON "complaint_actions" USING btree ("owner_user_id","done_on");--> statement-breakpoint
CREATE INDEX "complaint_attachments_complaint_id_index" ON "complaint_attachments" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "complaint_attachments_resident_id_complaint_id_index" ON "complaint_attachments" USING btree ("resident_id","complaint_id");--> statement-breakpoint
CREATE INDEX "complaint_events_complaint_id_id_index" ON "complaint_events" USING btree ("complaint_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "complaint_points_complaint_id_stage_position_index" ON "complaint_points" USING btree ("complaint_id","stage","position");--> statement-breakpoint
CREATE INDEX "complaint_stages_handler_user_id_index" ON "complaint_stages" USING btree ("handler_user_id");--> statement-breakpoint
CREATE INDEX "complaints_resident_id_index" ON "complaints" USING btree ("resident_id");--> statement-breakpoint
CREATE INDEX "complaints_landlord_id_status_index" ON "complaints" USING btree ("landlord_id","status");--> statement-breakpoint
CREATE INDEX "complaints_service_area_id_index" ON "complaints" USING btree ("service_area_id");--> statement-breakpoint
CREATE INDEX "complaints_received_on_index" ON "complaints" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "complaints_next_due_on_index" ON "complaints" USING btree ("next_due_on");--> statement-breakpoint
CREATE INDEX "jobs_state_run_at_index" ON "jobs" USING btree ("state","run_at");--> statement-breakpoint
CREATE INDEX "resident_messages_resident_id_created_at_index" ON "resident_messages" USING btree ("resident_id","created_at");