CREATE TYPE "public"."candidate_status" AS ENUM('nominated', 'eligible', 'ineligible', 'shortlisted', 'not_shortlisted', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."electorate" AS ENUM('tenancies', 'college');--> statement-breakpoint
CREATE TYPE "public"."paper_batch_status" AS ENUM('keyed', 'confirmed', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."roll_source" AS ENUM('tenancy', 'college', 'officer');--> statement-breakpoint
CREATE TYPE "public"."vote_channel" AS ENUM('online', 'code', 'paper');--> statement-breakpoint
CREATE TYPE "public"."voting_system" AS ENUM('fptp', 'approval', 'stv-scottish', 'stv-meek');--> statement-breakpoint
CREATE TABLE "election_ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"election_id" uuid NOT NULL,
	"receipt" text NOT NULL,
	"ranking" smallint[] NOT NULL,
	"batch_id" uuid,
	"chain_position" integer,
	"chain_hash" text
);
--> statement-breakpoint
CREATE TABLE "election_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"election_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL,
	"ballot_name" text NOT NULL,
	"position" smallint,
	"status" "candidate_status" DEFAULT 'nominated' NOT NULL,
	"skills" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"eligibility_note" text DEFAULT '' NOT NULL,
	"outcome_notified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "election_certifications" (
	"election_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"certified_at" timestamp with time zone NOT NULL,
	CONSTRAINT "election_certifications_election_id_user_id_pk" PRIMARY KEY("election_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "election_paper_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"election_id" uuid NOT NULL,
	"label" text NOT NULL,
	"papers" integer NOT NULL,
	"status" "paper_batch_status" DEFAULT 'keyed' NOT NULL,
	"keyed_by_user_id" uuid NOT NULL,
	"confirmed_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "election_paper_batches_second_officer" CHECK ("election_paper_batches"."confirmed_by_user_id" is null or "election_paper_batches"."confirmed_by_user_id" <> "election_paper_batches"."keyed_by_user_id")
);
--> statement-breakpoint
CREATE TABLE "election_results" (
	"election_id" uuid PRIMARY KEY NOT NULL,
	"result" jsonb NOT NULL,
	"ballots" integer NOT NULL,
	"chain_head" text NOT NULL,
	"blt_sha256" text NOT NULL,
	"counted_by_user_id" uuid NOT NULL,
	"counted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "election_roll" (
	"election_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL,
	"neighbourhood_id" uuid NOT NULL,
	"source" "roll_source" NOT NULL,
	"removed" boolean DEFAULT false NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"changed_by_user_id" uuid,
	CONSTRAINT "election_roll_election_id_resident_id_pk" PRIMARY KEY("election_id","resident_id")
);
--> statement-breakpoint
CREATE TABLE "election_shortlist_scores" (
	"candidate_id" uuid NOT NULL,
	"scorer_user_id" uuid NOT NULL,
	"criterion" text NOT NULL,
	"score" smallint NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "election_shortlist_scores_candidate_id_scorer_user_id_criterion_pk" PRIMARY KEY("candidate_id","scorer_user_id","criterion"),
	CONSTRAINT "election_shortlist_scores_check" CHECK ("election_shortlist_scores"."score" between 0 and 5)
);
--> statement-breakpoint
CREATE TABLE "election_statements" (
	"candidate_id" uuid NOT NULL,
	"language" text NOT NULL,
	"statement" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "election_statements_candidate_id_language_pk" PRIMARY KEY("candidate_id","language")
);
--> statement-breakpoint
CREATE TABLE "election_voters" (
	"election_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL,
	"channel" "vote_channel" NOT NULL,
	CONSTRAINT "election_voters_election_id_resident_id_pk" PRIMARY KEY("election_id","resident_id")
);
--> statement-breakpoint
CREATE TABLE "election_voting_codes" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"election_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL,
	"used" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "elections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"landlord_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"seats" smallint NOT NULL,
	"system" "voting_system" NOT NULL,
	"nominations_open_at" timestamp with time zone NOT NULL,
	"nominations_close_at" timestamp with time zone NOT NULL,
	"shortlisting_by" timestamp with time zone,
	"voting_open_at" timestamp with time zone NOT NULL,
	"voting_close_at" timestamp with time zone NOT NULL,
	"count_at" timestamp with time zone NOT NULL,
	"electorate" "electorate" DEFAULT 'tenancies' NOT NULL,
	"cutoff_on" date NOT NULL,
	"tenants" boolean DEFAULT true NOT NULL,
	"leaseholders" boolean DEFAULT true NOT NULL,
	"neighbourhood_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"college_name" text,
	"voting_opened_at" timestamp with time zone,
	"voting_opened_by_user_id" uuid,
	"voting_closed_at" timestamp with time zone,
	"voting_closed_by_user_id" uuid,
	"published_at" timestamp with time zone,
	"chain_genesis" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"updated_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "elections_reference_unique" UNIQUE("reference"),
	CONSTRAINT "elections_seats_check" CHECK ("elections"."seats" between 1 and 50)
);
--> statement-breakpoint
ALTER TABLE "election_ballots" ADD CONSTRAINT "election_ballots_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_ballots" ADD CONSTRAINT "election_ballots_batch_id_election_paper_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."election_paper_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_candidates" ADD CONSTRAINT "election_candidates_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_candidates" ADD CONSTRAINT "election_candidates_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_certifications" ADD CONSTRAINT "election_certifications_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_certifications" ADD CONSTRAINT "election_certifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_paper_batches" ADD CONSTRAINT "election_paper_batches_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_paper_batches" ADD CONSTRAINT "election_paper_batches_keyed_by_user_id_users_id_fk" FOREIGN KEY ("keyed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_paper_batches" ADD CONSTRAINT "election_paper_batches_confirmed_by_user_id_users_id_fk" FOREIGN KEY ("confirmed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_results" ADD CONSTRAINT "election_results_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_results" ADD CONSTRAINT "election_results_counted_by_user_id_users_id_fk" FOREIGN KEY ("counted_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_roll" ADD CONSTRAINT "election_roll_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_roll" ADD CONSTRAINT "election_roll_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_roll" ADD CONSTRAINT "election_roll_neighbourhood_id_neighbourhoods_id_fk" FOREIGN KEY ("neighbourhood_id") REFERENCES "public"."neighbourhoods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_roll" ADD CONSTRAINT "election_roll_changed_by_user_id_users_id_fk" FOREIGN KEY ("changed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_shortlist_scores" ADD CONSTRAINT "election_shortlist_scores_candidate_id_election_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."election_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_shortlist_scores" ADD CONSTRAINT "election_shortlist_scores_scorer_user_id_users_id_fk" FOREIGN KEY ("scorer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_statements" ADD CONSTRAINT "election_statements_candidate_id_election_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."election_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_voters" ADD CONSTRAINT "election_voters_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_voters" ADD CONSTRAINT "election_voters_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_voting_codes" ADD CONSTRAINT "election_voting_codes_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_voting_codes" ADD CONSTRAINT "election_voting_codes_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "elections" ADD CONSTRAINT "elections_landlord_id_landlords_id_fk" FOREIGN KEY ("landlord_id") REFERENCES "public"."landlords"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "elections" ADD CONSTRAINT "elections_voting_opened_by_user_id_users_id_fk" FOREIGN KEY ("voting_opened_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "elections" ADD CONSTRAINT "elections_voting_closed_by_user_id_users_id_fk" FOREIGN KEY ("voting_closed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "elections" ADD CONSTRAINT "elections_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "elections" ADD CONSTRAINT "elections_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "election_ballots_election_id_receipt_index" ON "election_ballots" USING btree ("election_id","receipt");--> statement-breakpoint
CREATE INDEX "election_ballots_batch_id_index" ON "election_ballots" USING btree ("batch_id");--> statement-breakpoint
CREATE UNIQUE INDEX "election_candidates_election_id_resident_id_index" ON "election_candidates" USING btree ("election_id","resident_id");--> statement-breakpoint
CREATE UNIQUE INDEX "election_candidates_position" ON "election_candidates" USING btree ("election_id","position");--> statement-breakpoint
CREATE INDEX "election_paper_batches_election_id_index" ON "election_paper_batches" USING btree ("election_id");--> statement-breakpoint
CREATE INDEX "election_roll_election_id_neighbourhood_id_index" ON "election_roll" USING btree ("election_id","neighbourhood_id");--> statement-breakpoint
CREATE UNIQUE INDEX "election_voting_codes_election_id_resident_id_index" ON "election_voting_codes" USING btree ("election_id","resident_id");--> statement-breakpoint
CREATE INDEX "elections_landlord_id_index" ON "elections" USING btree ("landlord_id");