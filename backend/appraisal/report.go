package appraisal

import (
	"context"
	"io"
	"slices"
	"time"

	"steady/backend/auth"
	"steady/backend/company"
)

// Report selects what a printed report holds: one month's appraisals of the
// given people (all the actor may see when UserIDs is empty), each on pages
// of its own, after a team summary when Summary is set.
type Report struct {
	Month   string   `json:"month"`
	UserIDs []string `json:"userIds"`
	Summary bool     `json:"summary"`
	Lang    string   `json:"lang"` // "zh-CN" or "en"
}

// Progress hears how many of the report's appraisals are drawn.
type Progress func(done, total int)

// reportData is everything a report draws.
type reportData struct {
	company  company.Settings
	w        words
	month    string
	items    []Appraisal
	history  map[string][]HistoryPoint // by user id, the 6 months up to the report's
	currency string
	zone     *time.Location
}

// WriteReport writes the report as one PDF document (the fonts are read
// once for all pages). It stops between appraisals when ctx is cancelled.
func (s *Service) WriteReport(ctx context.Context, actor auth.Actor, r Report, w io.Writer, progress Progress) error {
	d, err := s.reportData(ctx, actor, r)
	if err != nil {
		return err
	}
	return writeReport(ctx, w, d, r.Summary, progress)
}

func (s *Service) reportData(ctx context.Context, actor auth.Actor, r Report) (reportData, error) {
	list, err := s.Appraisals(ctx, actor, r.Month)
	if err != nil {
		return reportData{}, err
	}
	d := reportData{w: wordsFor(r.Lang), month: r.Month, history: map[string][]HistoryPoint{}, zone: s.zone(ctx)}
	for _, a := range list {
		if len(r.UserIDs) > 0 && !slices.Contains(r.UserIDs, a.UserID) {
			continue
		}
		if d.history[a.UserID], err = s.History(ctx, actor, a.UserID, r.Month, 6); err != nil {
			return reportData{}, err
		}
		d.items = append(d.items, a)
	}
	if len(d.items) == 0 {
		return reportData{}, errNothingToPrint
	}
	if d.company, err = s.company.Settings(ctx); err != nil {
		return reportData{}, err
	}
	d.currency = d.company.Currency
	return d, nil
}
