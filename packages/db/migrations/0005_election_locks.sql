-- Once voting opens, what a ballot depends on is fixed: the voting system and
-- seats, the electorate rule, the candidates (and their statements) and the
-- roll. These triggers make that true for every writer, not only the API.
-- Ballots and the marked register only grow, and only while they may.
CREATE FUNCTION election_is_open_or_later(election uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT voting_opened_at IS NOT NULL FROM elections WHERE id = election
$$;
--> statement-breakpoint
CREATE FUNCTION elections_lock_at_opening() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'elections cannot be deleted' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF OLD.voting_opened_at IS NOT NULL AND (
    NEW.voting_opened_at IS DISTINCT FROM OLD.voting_opened_at
    OR NEW.system IS DISTINCT FROM OLD.system
    OR NEW.seats IS DISTINCT FROM OLD.seats
    OR NEW.electorate IS DISTINCT FROM OLD.electorate
    OR NEW.cutoff_on IS DISTINCT FROM OLD.cutoff_on
    OR NEW.tenants IS DISTINCT FROM OLD.tenants
    OR NEW.leaseholders IS DISTINCT FROM OLD.leaseholders
    OR NEW.neighbourhood_ids IS DISTINCT FROM OLD.neighbourhood_ids
    OR NEW.chain_genesis IS DISTINCT FROM OLD.chain_genesis
  ) THEN
    RAISE EXCEPTION 'election % is locked: voting has opened', OLD.id USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF OLD.voting_closed_at IS NOT NULL AND NEW.voting_closed_at IS DISTINCT FROM OLD.voting_closed_at THEN
    RAISE EXCEPTION 'election % has closed', OLD.id USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER elections_locked_after_opening BEFORE UPDATE OR DELETE ON elections FOR EACH ROW EXECUTE FUNCTION elections_lock_at_opening();
--> statement-breakpoint
CREATE FUNCTION election_children_lock_at_opening() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  election uuid;
BEGIN
  IF TG_TABLE_NAME = 'election_statements' THEN
    SELECT election_id INTO election FROM election_candidates WHERE id = COALESCE(NEW.candidate_id, OLD.candidate_id);
  ELSE
    election := COALESCE(NEW.election_id, OLD.election_id);
  END IF;
  IF election_is_open_or_later(election) THEN
    RAISE EXCEPTION '% of election % is locked: voting has opened', TG_TABLE_NAME, election USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN COALESCE(NEW, OLD);
END;
$$;
--> statement-breakpoint
CREATE TRIGGER election_candidates_locked BEFORE INSERT OR UPDATE OR DELETE ON election_candidates FOR EACH ROW EXECUTE FUNCTION election_children_lock_at_opening();
--> statement-breakpoint
CREATE TRIGGER election_statements_locked BEFORE INSERT OR UPDATE OR DELETE ON election_statements FOR EACH ROW EXECUTE FUNCTION election_children_lock_at_opening();
--> statement-breakpoint
CREATE TRIGGER election_roll_locked BEFORE INSERT OR UPDATE OR DELETE ON election_roll FOR EACH ROW EXECUTE FUNCTION election_children_lock_at_opening();
--> statement-breakpoint
-- Votes are taken only between opening and the count; paper returns and the
-- ballots keyed from them may still arrive after the close, until the count.
CREATE FUNCTION election_taking_votes(election uuid, paper boolean) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT e.voting_opened_at IS NOT NULL
     AND (e.voting_closed_at IS NULL OR paper)
     AND NOT EXISTS (SELECT 1 FROM election_results r WHERE r.election_id = e.id)
  FROM elections e WHERE e.id = election
$$;
--> statement-breakpoint
CREATE FUNCTION election_voters_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'the marked register can only grow' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NOT election_taking_votes(NEW.election_id, NEW.channel = 'paper') THEN
    RAISE EXCEPTION 'election % is not taking votes', NEW.election_id USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER election_voters_guard BEFORE INSERT OR UPDATE OR DELETE ON election_voters FOR EACH ROW EXECUTE FUNCTION election_voters_append_only();
--> statement-breakpoint
CREATE FUNCTION election_ballots_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.chain_hash IS NOT NULL OR NEW.chain_position IS NOT NULL OR NOT election_taking_votes(NEW.election_id, NEW.batch_id IS NOT NULL) THEN
      RAISE EXCEPTION 'election % is not taking votes', NEW.election_id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
  END IF;
  -- The hash chain is written once, after the close; nothing else about a ballot ever changes.
  IF TG_OP = 'UPDATE' AND OLD.chain_hash IS NULL AND NEW.chain_hash IS NOT NULL AND NEW.chain_position IS NOT NULL
    AND NEW.id = OLD.id AND NEW.election_id = OLD.election_id AND NEW.receipt = OLD.receipt
    AND NEW.ranking = OLD.ranking AND NEW.batch_id IS NOT DISTINCT FROM OLD.batch_id
    AND EXISTS (SELECT 1 FROM elections WHERE id = OLD.election_id AND voting_closed_at IS NOT NULL) THEN
    RETURN NEW;
  END IF;
  -- A rejected paper batch's ballots are withdrawn before the count, to be keyed again.
  IF TG_OP = 'DELETE' AND OLD.batch_id IS NOT NULL AND OLD.chain_hash IS NULL
    AND EXISTS (SELECT 1 FROM election_paper_batches WHERE id = OLD.batch_id AND status = 'rejected') THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'ballots cannot be changed' USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER election_ballots_guard BEFORE INSERT OR UPDATE OR DELETE ON election_ballots FOR EACH ROW EXECUTE FUNCTION election_ballots_append_only();
--> statement-breakpoint
CREATE FUNCTION election_results_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a count, once recorded, is final' USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER election_results_no_change BEFORE UPDATE OR DELETE ON election_results FOR EACH ROW EXECUTE FUNCTION election_results_final();
