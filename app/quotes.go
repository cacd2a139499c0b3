package app

import (
	"context"
	"io"
	"os"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/quote"
)

// Quotes is the quotes area's backend: the builder, status and revisions,
// approval, terms, discount limits and the Excel and PDF documents.
type Quotes struct {
	core    *Core
	session *Session
}

// NewQuotes binds the quotes area.
func NewQuotes(core *Core, session *Session) *Quotes {
	return &Quotes{core: core, session: session}
}

// quoteStep is a status change that takes the version that was read.
type quoteStep func(ctx context.Context, a auth.Actor, id string, version int) (quote.Quote, error)

func (q *Quotes) step(op, id string, version int, fn quoteStep) (quote.Quote, error) {
	return asActor(q.session, op, func(a auth.Actor) (quote.Quote, error) { return fn(bg(), a, id, version) })
}

// List returns the quotes the user may see, newest first.
func (q *Quotes) List(f quote.Filter) ([]quote.Summary, error) {
	return asActor(q.session, "quotes.list", func(a auth.Actor) ([]quote.Summary, error) { return q.core.Quotes.List(bg(), a, f) })
}

// Get returns one quote with its lines and totals.
func (q *Quotes) Get(id string) (quote.Quote, error) {
	return asActor(q.session, "quotes.get", func(a auth.Actor) (quote.Quote, error) { return q.core.Quotes.Quote(bg(), a, id) })
}

// Create starts a new draft.
func (q *Quotes) Create(in quote.Input) (quote.Quote, error) {
	return asActor(q.session, "quotes.create", func(a auth.Actor) (quote.Quote, error) { return q.core.Quotes.Create(bg(), a, in) })
}

// Update saves a draft; in.Version must be the version that was read.
func (q *Quotes) Update(in quote.Input) (quote.Quote, error) {
	return asActor(q.session, "quotes.update", func(a auth.Actor) (quote.Quote, error) { return q.core.Quotes.Update(bg(), a, in) })
}

// Check says what the discount guard would hold the draft for, while it is
// typed (reps learn that a line is below its floor, never the floor).
func (q *Quotes) Check(in quote.Input) ([]quote.Reason, error) {
	return asActor(q.session, "quotes.check", func(a auth.Actor) ([]quote.Reason, error) { return q.core.Quotes.Check(bg(), a, in) })
}

// Delete removes a draft.
func (q *Quotes) Delete(id string, version int) error {
	return asActorDo(q.session, "quotes.delete", func(a auth.Actor) error { return q.core.Quotes.Delete(bg(), a, id, version) })
}

// Submit sends a draft for approval, or approves it when no guard trips.
func (q *Quotes) Submit(id string, version int) (quote.Quote, error) {
	return q.toInbox(q.step("quotes.submit", id, version, q.core.Quotes.Submit))
}

// toInbox passes a status change through and, when it happened, tells the
// window's inbox to read again (the quote may now wait for, or leave, one).
func (q *Quotes) toInbox(v quote.Quote, err error) (quote.Quote, error) {
	if err == nil {
		q.core.inboxChanged()
	}
	return v, err
}

// Approve approves a quote held by the discount guard.
func (q *Quotes) Approve(id string, version int, note string) (quote.Quote, error) {
	return q.toInbox(asActor(q.session, "quotes.approve", func(a auth.Actor) (quote.Quote, error) {
		return q.core.Quotes.Approve(bg(), a, id, version, note)
	}))
}

// RejectApproval sends a held quote back to its author.
func (q *Quotes) RejectApproval(id string, version int, note string) (quote.Quote, error) {
	return q.toInbox(asActor(q.session, "quotes.rejectApproval", func(a auth.Actor) (quote.Quote, error) {
		return q.core.Quotes.RejectApproval(bg(), a, id, version, note)
	}))
}

// MarkSent freezes the quote as handed to the customer.
func (q *Quotes) MarkSent(id string, version int) (quote.Quote, error) {
	return q.toInbox(q.step("quotes.sent", id, version, q.core.Quotes.MarkSent))
}

// Accept records the customer's yes (and wins the deal).
func (q *Quotes) Accept(id string, version int) (quote.Quote, error) {
	return q.step("quotes.accept", id, version, q.core.Quotes.Accept)
}

// Decline records the customer's no.
func (q *Quotes) Decline(id string, version int) (quote.Quote, error) {
	return q.step("quotes.decline", id, version, q.core.Quotes.Decline)
}

// Revise starts the next revision (V2, V3…).
func (q *Quotes) Revise(id string, version int) (quote.Quote, error) {
	return q.toInbox(q.step("quotes.revise", id, version, q.core.Quotes.Revise))
}

// Duplicate starts a new draft from any quote.
func (q *Quotes) Duplicate(id string) (quote.Quote, error) {
	return asActor(q.session, "quotes.duplicate", func(a auth.Actor) (quote.Quote, error) { return q.core.Quotes.Duplicate(bg(), a, id) })
}

// Revisions lists every revision of a quote.
func (q *Quotes) Revisions(id string) ([]quote.Summary, error) {
	return asActor(q.session, "quotes.revisions", func(a auth.Actor) ([]quote.Summary, error) { return q.core.Quotes.Revisions(bg(), a, id) })
}

// History lists who did what to the quote and when, oldest first.
func (q *Quotes) History(id string) ([]quote.Event, error) {
	return asActor(q.session, "quotes.history", func(a auth.Actor) ([]quote.Event, error) { return q.core.Quotes.History(bg(), a, id) })
}

// Diff lists what changed from the previous revision.
func (q *Quotes) Diff(id string) ([]quote.Change, error) {
	return asActor(q.session, "quotes.diff", func(a auth.Actor) ([]quote.Change, error) { return q.core.Quotes.Diff(bg(), a, id) })
}

// Export saves the quote as .xlsx or .pdf where the user chooses; "" means cancelled.
func (q *Quotes) Export(id, format string) (string, error) {
	return asActor(q.session, "quotes.export", func(a auth.Actor) (string, error) {
		doc, err := q.core.Quotes.Quote(bg(), a, id)
		if err != nil {
			return "", err
		}
		target := saveTarget{name: quote.FileName(doc, ".xlsx"), filter: "Excel (*.xlsx)", ext: ".xlsx"}
		write := func(w io.Writer) error { return q.core.Quotes.ExportXLSX(bg(), a, id, w) }
		if format == "pdf" {
			target = saveTarget{name: quote.FileName(doc, ".pdf"), filter: "PDF (*.pdf)", ext: ".pdf"}
			write = func(w io.Writer) error { return q.core.Quotes.ExportPDF(bg(), a, id, w) }
		}
		return q.core.saveAs(target, write)
	})
}

// ExportTo writes the quote as .xlsx or .pdf to a path chosen elsewhere
// (tests that cannot drive the native dialog register theirs first); only a
// path the app gave out is taken, and an existing file is never replaced.
func (q *Quotes) ExportTo(id, format, path string) (string, error) {
	return asActor(q.session, "quotes.exportTo", func(a auth.Actor) (string, error) {
		if err := q.core.paths.check(path); err != nil { // a path the app gave out, never one the page made up
			return "", err
		}
		if _, err := os.Stat(path); err == nil {
			return "", apperr.Field("path", "validation.fileExists", nil)
		}
		write := func(w io.Writer) error { return q.core.Quotes.ExportXLSX(bg(), a, id, w) }
		if format == "pdf" {
			write = func(w io.Writer) error { return q.core.Quotes.ExportPDF(bg(), a, id, w) }
		}
		return path, writeFileAtomically(path, write)
	})
}

// TermTemplates lists payment, delivery and warranty templates.
func (q *Quotes) TermTemplates(language string) ([]quote.TermTemplate, error) {
	return asActor(q.session, "quotes.terms", func(a auth.Actor) ([]quote.TermTemplate, error) {
		return q.core.Quotes.TermTemplates(bg(), a, language)
	})
}

// SaveTermTemplate adds or changes a template.
func (q *Quotes) SaveTermTemplate(in quote.TermTemplate) (quote.TermTemplate, error) {
	return asActor(q.session, "quotes.saveTerm", func(a auth.Actor) (quote.TermTemplate, error) {
		return q.core.Quotes.SaveTermTemplate(bg(), a, in)
	})
}

// DeleteTermTemplate removes a template.
func (q *Quotes) DeleteTermTemplate(id string, version int) error {
	return asActorDo(q.session, "quotes.deleteTerm", func(a auth.Actor) error { return q.core.Quotes.DeleteTermTemplate(bg(), a, id, version) })
}

// DiscountLimits lists the discount each level or rep may give alone.
func (q *Quotes) DiscountLimits() ([]quote.DiscountLimit, error) {
	return asActor(q.session, "quotes.limits", func(a auth.Actor) ([]quote.DiscountLimit, error) { return q.core.Quotes.DiscountLimits(bg(), a) })
}

// SetDiscountLimit adds or changes a limit.
func (q *Quotes) SetDiscountLimit(in quote.DiscountLimit) (quote.DiscountLimit, error) {
	return asActor(q.session, "quotes.setLimit", func(a auth.Actor) (quote.DiscountLimit, error) {
		return q.core.Quotes.SetDiscountLimit(bg(), a, in)
	})
}

// DeleteDiscountLimit removes a limit.
func (q *Quotes) DeleteDiscountLimit(id string, version int) error {
	return asActorDo(q.session, "quotes.deleteLimit", func(a auth.Actor) error { return q.core.Quotes.DeleteDiscountLimit(bg(), a, id, version) })
}
