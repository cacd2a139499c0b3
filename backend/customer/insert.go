package customer

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
)

// inserter adds new customers for one actor inside one transaction. What
// every insert needs but no insert changes (the actor's scope, the owners
// already checked, the settings, the time zone, the prepared index
// statements) is read once, so an import of thousands of rows pays for it
// once.
type inserter struct {
	s      *Service
	tx     *sql.Tx
	actor  auth.Actor
	sc     scope
	st     Settings
	loc    *time.Location
	owners map[string]bool // user id → active
	index  *indexWriter
	// stageReason is the reason the first stage is recorded with ("import"
	// for imported rows, which count as stages set by hand)
	stageReason string
}

func (s *Service) newInserter(ctx context.Context, tx *sql.Tx, actor auth.Actor) (*inserter, error) {
	sc, err := scopeOf(ctx, tx, actor)
	if err != nil {
		return nil, err
	}
	st, err := loadSettings(ctx, tx)
	if err != nil {
		return nil, err
	}
	loc, err := s.zone(ctx)
	if err != nil {
		return nil, err
	}
	index, err := newIndexWriter(ctx, tx)
	if err != nil {
		return nil, err
	}
	return &inserter{s: s, tx: tx, actor: actor, sc: sc, st: st, loc: loc, owners: map[string]bool{}, index: index}, nil
}

func (ins *inserter) close() { ins.index.Close() }

// insert validates and inserts one customer with its contacts and returns
// the new id. A refused customer leaves nothing behind: every check comes
// before the first write.
func (ins *inserter) insert(ctx context.Context, in CustomerInput) (string, error) {
	in, err := ins.check(ctx, in)
	if err != nil {
		return "", err
	}
	in.ID = store.NewID()
	if err := ins.s.insertCustomerRow(ctx, ins.tx, ins.actor, in); err != nil {
		return "", err
	}
	contactIDs := make([]string, len(in.Contacts))
	for i, p := range in.Contacts {
		// a brand-new customer has no primary contact to demote, and
		// cleanNewContacts let at most one of these be primary
		if contactIDs[i], err = ins.s.insertContactRow(ctx, ins.tx, ins.actor.ID, in.ID, p); err != nil {
			return "", err
		}
	}
	if err := ins.start(ctx, in); err != nil {
		return "", err
	}
	return in.ID, ins.indexNew(ctx, in, contactIDs)
}

// check cleans and validates a new customer; the owner is the actor
// unless in.OwnerID names someone the actor may hand customers to.
func (ins *inserter) check(ctx context.Context, in CustomerInput) (CustomerInput, error) {
	var v apperr.Validation
	in = cleanCustomer(&v, in)
	in.Stage = strings.TrimSpace(in.Stage)
	if in.Stage == "" {
		in.Stage = StageLead
	}
	// a customer starts as a lead, a prospect or a customer: the later
	// stages follow from wins and time, never from the form
	switch {
	case !slices.Contains(Stages(), in.Stage):
		v.Add("stage", "validation.invalidStage", nil)
	case !slices.Contains(StartStages(), in.Stage):
		v.Add("stage", "validation.invalidStartStage", nil)
	}
	in.Contacts = cleanNewContacts(&v, in.Contacts)
	in.OwnerID = strings.TrimSpace(in.OwnerID)
	if in.OwnerID == "" {
		in.OwnerID = ins.actor.ID
	}
	if err := ins.checkOwner(ctx, &v, in.OwnerID); err != nil {
		return in, err
	}
	if err := checkSource(ctx, ins.tx, &v, in.Source); err != nil {
		return in, err
	}
	return in, v.Err()
}

// checkOwner is checkOwner with the users' active flags remembered.
func (ins *inserter) checkOwner(ctx context.Context, v *apperr.Validation, ownerID string) error {
	active, known := ins.owners[ownerID]
	if !known {
		var err error
		if active, err = userActive(ctx, ins.tx, ownerID); err != nil {
			return err
		}
		ins.owners[ownerID] = active
	}
	addOwnerProblems(v, ins.sc, "ownerId", ownerID, active)
	return nil
}

// start writes what a new customer begins with: its first stage and owner
// in their histories, its first revisit task, and the audit row.
func (ins *inserter) start(ctx context.Context, in CustomerInput) error {
	now := ins.s.now()
	if err := insertStageHistory(ctx, ins.tx, in.ID, "", in.Stage,
		stageChange{actorID: ins.actor.ID, reason: ins.stageReason, at: now}); err != nil {
		return err
	}
	move := ownerMove{action: "create", actorID: ins.actor.ID, to: in.OwnerID, at: now}
	if err := insertOwnerHistory(ctx, ins.tx, in.ID, move); err != nil {
		return err
	}
	// what the revisit task needs of the row just written, without reading it back
	c := Customer{ID: in.ID, OwnerID: in.OwnerID, Segment: SegmentOrdinary}
	if err := ins.s.insertRevisitTx(ctx, ins.tx, c, revisitStart{from: now, created: now}, ins.st, ins.loc); err != nil {
		return err
	}
	return ins.s.record(ctx, ins.tx, now, ins.actor.ID, "customer", in.ID, "create", nil, in)
}

// indexNew writes the search documents of a customer just inserted: it has
// none to remove, and its stored values are the cleaned input.
func (ins *inserter) indexNew(ctx context.Context, in CustomerInput, contactIDs []string) error {
	if err := ins.index.add(ctx, in.ID, "", docFor(in.OwnerID, in.Name, in.Phone, in.Email, in.WeChat)); err != nil {
		return err
	}
	for i, p := range in.Contacts {
		if err := ins.index.add(ctx, in.ID, contactIDs[i], docFor(in.OwnerID, p.Name, p.Phone, p.Email, p.WeChat)); err != nil {
			return err
		}
	}
	return nil
}
