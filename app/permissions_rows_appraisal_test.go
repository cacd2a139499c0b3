package app

import (
	"fmt"
	"strings"

	"steady/backend/appraisal"
)

// appraisalsOf generates month as the owner and returns team A's rep's
// appraisal and team B's, in the state step leaves them (nil: draft).
func (f *fixture) appraisalsOf(month string, step func(a appraisal.Appraisal) appraisal.Appraisal) (appraisal.Appraisal, appraisal.Appraisal) {
	f.t.Helper()
	_, err := f.set.Appraisal.Generate(tctx, f.actor(asOwner), month)
	f.must(err)
	list, err := f.set.Appraisal.Appraisals(tctx, f.actor(asOwner), month)
	f.must(err)
	var own, other appraisal.Appraisal
	for _, a := range list {
		switch a.UserID {
		case f.people[asRep].ID:
			own = a
		case f.rep2.ID:
			other = a
		}
	}
	if own.ID == "" || other.ID == "" {
		f.t.Fatalf("%s: no appraisal for both reps in %d", month, len(list))
	}
	if step != nil {
		own, other = step(own), step(other)
	}
	return own, other
}

func (f *fixture) inReview(a appraisal.Appraisal) appraisal.Appraisal {
	a, err := f.set.Appraisal.SendForReview(tctx, f.actor(asOwner), a.ID, a.Version)
	f.must(err)
	return a
}

func (f *fixture) finalised(a appraisal.Appraisal) appraisal.Appraisal {
	a = f.inReview(a)
	a, err := f.set.Appraisal.Finalise(tctx, f.actor(asOwner), a.ID, a.Version)
	f.must(err)
	return a
}

func appraisalPair(f *fixture, r role, month string, step func(appraisal.Appraisal) appraisal.Appraisal, act func(a appraisal.Appraisal) error) error {
	own, other := f.appraisalsOf(month, step)
	f.ready()
	return scopedPair(r, func() error { return act(own) }, func() error { return act(other) })
}

func appraisalRows() map[string]row {
	ownerOnly := roleWise(allowed, forbidden, forbidden)
	managers := roleWise(allowed, scoped, forbidden)
	return map[string]row{
		"Appraisal.CurrentMonth": {want: every(allowed), call: func(f *fixture, r role) error { return second(f.appraisal.CurrentMonth()) }},
		"Appraisal.Templates":    {want: roleWise(allowed, allowed, forbidden), call: func(f *fixture, r role) error { return second(f.appraisal.Templates()) }},
		"Appraisal.SaveTemplate": {want: ownerOnly, call: func(f *fixture, r role) error {
			ts, err := f.set.Appraisal.Templates(tctx, f.actor(asOwner))
			f.must(err)
			t := ts[0]
			t.GradeA++
			return second(f.appraisal.SaveTemplate(t))
		}},
		"Appraisal.DeleteTemplate": {want: ownerOnly, call: func(f *fixture, r role) error {
			ts, err := f.set.Appraisal.Templates(tctx, f.actor(asOwner))
			f.must(err)
			t := ts[0]
			t.ID, t.Version, t.Name, t.Level = "", 0, fmt.Sprintf("临时模板%s", r), "new_hire"
			for i := range t.Metrics {
				t.Metrics[i].ID = ""
			}
			t, err = f.set.Appraisal.SaveTemplate(tctx, f.actor(asOwner), t)
			f.must(err)
			f.ready()
			return f.appraisal.DeleteTemplate(t.ID, t.Version)
		}},
		"Appraisal.Targets": {want: roleWise(allowed, scoped, forbidden), call: func(f *fixture, r role) error {
			rows, err := f.appraisal.Targets("2026-11")
			if err != nil {
				return err
			}
			return leaks(r, ids(rows, func(t appraisal.TargetRow) string { return t.UserID }), []string{f.rep2.ID})
		}},
		"Appraisal.SaveTargets": {want: managers, call: func(f *fixture, r role) error {
			set := func(user string) error {
				return second(f.appraisal.SaveTargets("2026-12", []appraisal.TargetChange{{UserID: user, Code: appraisal.SalesAmount, Value: 50_000_00}}))
			}
			return scopedPair(r, func() error { return set(f.people[asRep].ID) }, func() error { return set(f.rep2.ID) })
		}},
		"Appraisal.CopyTargets": {want: roleWise(allowed, allowed, forbidden), call: func(f *fixture, r role) error {
			return second(f.appraisal.CopyTargets("2027-01"))
		}},
		"Appraisal.Generate": {want: roleWise(allowed, allowed, forbidden), call: func(f *fixture, r role) error {
			return second(f.appraisal.Generate("2026-10"))
		}},
		"Appraisal.Appraisals": {want: every(scoped), call: func(f *fixture, r role) error {
			_, other := f.appraisalsOf("2026-09", nil)
			f.ready()
			list, err := f.appraisal.Appraisals("2026-09")
			if err != nil {
				return err
			}
			return leaks(r, ids(list, func(a appraisal.Appraisal) string { return a.ID }), []string{other.ID})
		}},
		"Appraisal.Appraisal": {want: every(scoped), call: func(f *fixture, r role) error {
			return appraisalPair(f, r, "2026-08", f.inReview, func(a appraisal.Appraisal) error { return second(f.appraisal.Appraisal(a.ID)) })
		}},
		"Appraisal.SendForReview": {want: managers, call: func(f *fixture, r role) error {
			return appraisalPair(f, r, "2026-07", nil, func(a appraisal.Appraisal) error { return second(f.appraisal.SendForReview(a.ID, a.Version)) })
		}},
		"Appraisal.SaveSelfAssessment": {want: roleWise(forbidden, forbidden, scoped), call: func(f *fixture, r role) error {
			return appraisalPair(f, r, "2026-06", f.inReview, func(a appraisal.Appraisal) error {
				return second(f.appraisal.SaveSelfAssessment(a.ID, a.Version, "本月完成了重点客户的续约。"))
			})
		}},
		"Appraisal.SaveReview": {want: managers, call: func(f *fixture, r role) error {
			return appraisalPair(f, r, "2026-05", f.inReview, func(a appraisal.Appraisal) error {
				return second(f.appraisal.SaveReview(a.ID, a.Version, appraisal.ReviewInput{Comment: "继续保持"}))
			})
		}},
		"Appraisal.Finalise": {want: managers, call: func(f *fixture, r role) error {
			return appraisalPair(f, r, "2026-04", f.inReview, func(a appraisal.Appraisal) error { return second(f.appraisal.Finalise(a.ID, a.Version)) })
		}},
		"Appraisal.Reopen": {want: ownerOnly, call: func(f *fixture, r role) error {
			own, _ := f.appraisalsOf("2026-03", f.finalised)
			f.ready()
			return second(f.appraisal.Reopen(own.ID, own.Version, "目标录入有误"))
		}},
		"Appraisal.History": {want: every(scoped), call: func(f *fixture, r role) error {
			f.appraisalsOf("2026-10", f.inReview)
			f.ready()
			if _, err := f.appraisal.History(f.people[asRep].ID, "2026-11", 6); err != nil {
				return err
			}
			theirs, err := f.appraisal.History(f.rep2.ID, "2026-11", 6)
			if k := errKind(err); k != "" && k != "forbidden" && k != "not_found" {
				return err
			}
			if (len(theirs) > 0) != (r == asOwner) {
				return fmt.Errorf("the %s reads %d months of team B's rep", r, len(theirs))
			}
			return nil
		}},
		"Appraisal.Evidence": {want: every(scoped), call: func(f *fixture, r role) error {
			return appraisalPair(f, r, "2026-02", f.inReview, func(a appraisal.Appraisal) error {
				return second(f.appraisal.Evidence(a.ID, appraisal.SalesAmount))
			})
		}},
		"Appraisal.PrintReport": {want: every(scoped), skip: "opens the PDF in the system's viewer; ReportTo writes the same report"},
		"Appraisal.ReportTo": {want: every(scoped), call: func(f *fixture, r role) error {
			f.appraisalsOf("2026-01", f.inReview)
			f.ready()
			report := func(user string) error {
				return second(f.appraisal.ReportTo(appraisal.Report{Month: "2026-01", UserIDs: []string{user}, Lang: "zh-CN"}, f.newPath(".pdf")))
			}
			// Team B's rep is left out of what the actor may print: nothing is.
			return scopedPair(r, func() error { return report(f.people[asRep].ID) }, func() error {
				err := report(f.rep2.ID)
				if err != nil && strings.Contains(err.Error(), "validation.nothingToPrint") {
					return uiError{`{"kind":"forbidden"}`}
				}
				return err
			})
		}},
		"Appraisal.CancelReport": {want: every(public), call: func(f *fixture, r role) error { f.appraisal.CancelReport(); return nil }},
	}
}
