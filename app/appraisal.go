package app

import (
	"io"
	"os"

	"steady/backend/apperr"
	"steady/backend/appraisal"
	"steady/backend/auth"
)

// Appraisal is the monthly appraisal's backend: templates, targets, the
// month's appraisals and their review.
type Appraisal struct {
	core    *Core
	session *Session
	jobs    job
}

// NewAppraisal binds the appraisal area.
func NewAppraisal(core *Core, session *Session) *Appraisal {
	return &Appraisal{core: core, session: session}
}

// CurrentMonth is the company's month today (YYYY-MM).
func (p *Appraisal) CurrentMonth() (string, error) {
	return asActor(p.session, "appraisal.currentMonth", func(auth.Actor) (string, error) {
		return p.core.Appraisal.CurrentMonth(bg()).Key, nil
	})
}

// Templates lists the KPI templates.
func (p *Appraisal) Templates() ([]appraisal.Template, error) {
	return asActor(p.session, "appraisal.templates", func(a auth.Actor) ([]appraisal.Template, error) {
		return p.core.Appraisal.Templates(bg(), a)
	})
}

// SaveTemplate creates or changes a template.
func (p *Appraisal) SaveTemplate(in appraisal.Template) (appraisal.Template, error) {
	return asActor(p.session, "appraisal.saveTemplate", func(a auth.Actor) (appraisal.Template, error) {
		return p.core.Appraisal.SaveTemplate(bg(), a, in)
	})
}

// DeleteTemplate removes a template.
func (p *Appraisal) DeleteTemplate(id string, version int) error {
	return asActorDo(p.session, "appraisal.deleteTemplate", func(a auth.Actor) error {
		return p.core.Appraisal.DeleteTemplate(bg(), a, id, version)
	})
}

// Targets returns the month's targets grid.
func (p *Appraisal) Targets(month string) ([]appraisal.TargetRow, error) {
	return asActor(p.session, "appraisal.targets", func(a auth.Actor) ([]appraisal.TargetRow, error) {
		return p.core.Appraisal.Targets(bg(), a, month)
	})
}

// SaveTargets applies changes to the month's grid, all or none.
func (p *Appraisal) SaveTargets(month string, changes []appraisal.TargetChange) ([]appraisal.TargetRow, error) {
	return asActor(p.session, "appraisal.saveTargets", func(a auth.Actor) ([]appraisal.TargetRow, error) {
		return p.core.Appraisal.SaveTargets(bg(), a, month, changes)
	})
}

// CopyTargets fills the month's empty cells from the month before.
func (p *Appraisal) CopyTargets(month string) ([]appraisal.TargetRow, error) {
	return asActor(p.session, "appraisal.copyTargets", func(a auth.Actor) ([]appraisal.TargetRow, error) {
		return p.core.Appraisal.CopyTargets(bg(), a, month)
	})
}

// Generate computes the month's appraisals from the data.
func (p *Appraisal) Generate(month string) (appraisal.Generated, error) {
	return asActor(p.session, "appraisal.generate", func(a auth.Actor) (appraisal.Generated, error) {
		return p.core.Appraisal.Generate(bg(), a, month)
	})
}

// Appraisals lists the month's appraisals the user may see.
func (p *Appraisal) Appraisals(month string) ([]appraisal.Appraisal, error) {
	return asActor(p.session, "appraisal.list", func(a auth.Actor) ([]appraisal.Appraisal, error) {
		return p.core.Appraisal.Appraisals(bg(), a, month)
	})
}

// Appraisal returns one appraisal (a final one with what changed since).
func (p *Appraisal) Appraisal(id string) (appraisal.Appraisal, error) {
	return asActor(p.session, "appraisal.one", func(a auth.Actor) (appraisal.Appraisal, error) {
		return p.core.Appraisal.Appraisal(bg(), a, id)
	})
}

// SendForReview shows a draft to its rep.
func (p *Appraisal) SendForReview(id string, version int) (appraisal.Appraisal, error) {
	return asActor(p.session, "appraisal.sendForReview", func(a auth.Actor) (appraisal.Appraisal, error) {
		return p.core.Appraisal.SendForReview(bg(), a, id, version)
	})
}

// SaveSelfAssessment keeps the rep's own words.
func (p *Appraisal) SaveSelfAssessment(id string, version int, text string) (appraisal.Appraisal, error) {
	return asActor(p.session, "appraisal.selfAssessment", func(a auth.Actor) (appraisal.Appraisal, error) {
		return p.core.Appraisal.SaveSelfAssessment(bg(), a, id, version, text)
	})
}

// SaveReview keeps the manager's scores and comment.
func (p *Appraisal) SaveReview(id string, version int, in appraisal.ReviewInput) (appraisal.Appraisal, error) {
	return asActor(p.session, "appraisal.review", func(a auth.Actor) (appraisal.Appraisal, error) {
		return p.core.Appraisal.SaveReview(bg(), a, id, version, in)
	})
}

// Finalise locks an appraisal.
func (p *Appraisal) Finalise(id string, version int) (appraisal.Appraisal, error) {
	return asActor(p.session, "appraisal.finalise", func(a auth.Actor) (appraisal.Appraisal, error) {
		return p.core.Appraisal.Finalise(bg(), a, id, version)
	})
}

// Reopen takes a final appraisal back to review (owner, with a reason).
func (p *Appraisal) Reopen(id string, version int, reason string) (appraisal.Appraisal, error) {
	return asActor(p.session, "appraisal.reopen", func(a auth.Actor) (appraisal.Appraisal, error) {
		return p.core.Appraisal.Reopen(bg(), a, id, version, reason)
	})
}

// History returns a person's last n months, oldest first.
func (p *Appraisal) History(userID, month string, n int) ([]appraisal.HistoryPoint, error) {
	return asActor(p.session, "appraisal.history", func(a auth.Actor) ([]appraisal.HistoryPoint, error) {
		return p.core.Appraisal.History(bg(), a, userID, month, n)
	})
}

// PrintReport writes the report to a PDF the user names and opens it in the
// system's viewer, from where it prints; "" means the user cancelled.
// Progress goes out as "appraisal-report:progress".
func (p *Appraisal) PrintReport(r appraisal.Report, fileName string) (string, error) {
	return asActor(p.session, "appraisal.print", func(a auth.Actor) (string, error) {
		path, err := p.core.askSavePath(saveTarget{name: fileName, filter: "PDF (*.pdf)", ext: ".pdf"})
		if err != nil || path == "" {
			return "", err
		}
		if err := p.writeReport(a, r, path); err != nil {
			return "", err
		}
		p.core.rememberFolder(path)
		if err := openFile(&p.core.paths, path, startDetached); err != nil {
			p.core.Log.Warn("could not open the report", "path", path, "err", err)
		}
		return path, nil
	})
}

// ReportTo writes the report to a path chosen elsewhere (tests that cannot
// drive the native dialog register theirs first); only a path the app gave
// out is taken, and an existing file is never replaced.
func (p *Appraisal) ReportTo(r appraisal.Report, path string) (string, error) {
	return asActor(p.session, "appraisal.reportTo", func(a auth.Actor) (string, error) {
		if err := p.core.paths.check(path); err != nil { // a path the app gave out, never one the page made up
			return "", err
		}
		if _, err := os.Stat(path); err == nil {
			return "", apperr.Field("path", "validation.fileExists", nil)
		}
		return path, p.writeReport(a, r, path)
	})
}

// CancelReport stops a report being written.
func (p *Appraisal) CancelReport() { p.jobs.stop("appraisal-report") }

func (p *Appraisal) writeReport(a auth.Actor, r appraisal.Report, path string) error {
	ctx, progress, finish := p.jobs.start(p.core, "appraisal-report")
	defer finish()
	return writeFileAtomically(path, func(w io.Writer) error {
		return p.core.Appraisal.WriteReport(ctx, a, r, w, progress)
	})
}

// Evidence lists the records behind one computed number of an appraisal.
func (p *Appraisal) Evidence(id, code string) ([]appraisal.EvidenceRow, error) {
	return asActor(p.session, "appraisal.evidence", func(a auth.Actor) ([]appraisal.EvidenceRow, error) {
		return p.core.Appraisal.Evidence(bg(), a, id, code)
	})
}
